namespace Sitrep.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in <see cref="Model.Article.Text"/>.
/// Half-open so that adjacent spans share a boundary and <c>End - Start</c> is the length.
/// </summary>
public readonly record struct TextSpan(int Start, int End) : IComparable<TextSpan>
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public int CompareTo(TextSpan other)
    {
        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public override string ToString() => $"[{Start},{End})";
}
