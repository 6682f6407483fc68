namespace Sitrep.Text;

/// <summary>Span helpers that read the text without copying it.</summary>
public static class TextSpans
{
    /// <summary>The span without leading and trailing white space (possibly empty).</summary>
    public static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return new TextSpan(start, end);
    }
}
