using Sitrep.Text;

namespace Sitrep.Model;

/// <summary>
/// One news article and every annotation made on it. The article owns <see cref="Text"/>; each
/// layer (paragraphs, sentences, tokens, dates, ...) is a list of spans into that text, so any
/// consumer can cut <c>Text[span]</c> and get the mention back.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is the title, a blank line, then the body (see <see cref="ArticleText"/>).
/// Stages fill the layers in pipeline order; a layer is empty until its stage has run.
/// Not thread-safe: one pipeline run owns an article at a time.
/// </remarks>
public sealed class Article
{
    public Article(string id, string text, TextSpan? titleSpan, int bodyStart)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        if (bodyStart < 0 || bodyStart > text.Length)
            throw new ArgumentOutOfRangeException(nameof(bodyStart));
        Id = id;
        Text = text;
        TitleSpan = titleSpan;
        BodyStart = bodyStart;
    }

    /// <summary>Identifier from the input (record id, file name) or derived from where it was read.</summary>
    public string Id { get; }

    /// <summary>The full analysed text: title first, then the body.</summary>
    public string Text { get; }

    /// <summary>The title's span in <see cref="Text"/>; null when the input had no title.</summary>
    public TextSpan? TitleSpan { get; }

    /// <summary>Offset in <see cref="Text"/> where the body begins (0 when there is no title).</summary>
    public int BodyStart { get; }

    public string? Title => TitleSpan is { } t ? Text[t.Start..t.End] : null;

    /// <summary>The outlet that published the article (e.g. "sana"), if known.</summary>
    public string? Source { get; set; }

    public string? Url { get; set; }

    /// <summary>Where the article was read from, e.g. "feed.jsonl:12"; used in messages.</summary>
    public string? Origin { get; set; }

    /// <summary>The publication date as the input's metadata gave it, unparsed; the dates stage reads it.</summary>
    public string? PublishedMetadata { get; set; }

    public PublicationDate? Published { get; set; }

    /// <summary>Body paragraphs; the title is not a paragraph.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; set; } = [];

    /// <summary>Sentences in text order, the title included as the first one.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; set; } = [];

    public IReadOnlyList<Token> Tokens
    {
        get => _tokens;
        set
        {
            _tokens = value;
            _tokenTexts = null;
        }
    }

    private IReadOnlyList<Token> _tokens = [];

    /// <summary>Token texts made once each: rules ask for the same tokens again and again.</summary>
    private string?[]? _tokenTexts;

    public IReadOnlyList<DateMention> Dates { get; set; } = [];

    public IReadOnlyList<PlaceMention> Places { get; set; } = [];

    public IReadOnlyList<ActorMention> Actors { get; set; } = [];

    public IReadOnlyList<LabelMention> Labels { get; set; } = [];

    public IReadOnlyList<QuoteMention> Quotes { get; set; } = [];

    public IReadOnlyList<EventMention> Events { get; set; } = [];

    /// <summary>When the article's main event happened (see the events stage), if known.</summary>
    public DateValue? FocusDate { get; set; }

    /// <summary>The place the article is mainly about (an entry of <see cref="Places"/>), if any.</summary>
    public PlaceMention? FocusPlace { get; set; }

    public string this[TextSpan span] => Text[span.Start..span.End];

    /// <summary>The text of token <paramref name="index"/>, or "" outside the token list (so rules can look around freely).</summary>
    public string TokenText(int index)
    {
        if (index < 0 || index >= _tokens.Count)
            return "";
        var texts = _tokenTexts ??= new string?[_tokens.Count];
        return texts[index] ??= this[_tokens[index].Span];
    }

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The index of the first token starting at or after <paramref name="position"/>, or -1 when none does.</summary>
    public int TokenAfter(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < position)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < Tokens.Count ? lo : -1;
    }

    /// <summary>No line break between tokens a and b: names and phrases do not run from a headline into the lede.</summary>
    public bool SameLine(int a, int b) =>
        !Text.AsSpan(Tokens[a].Span.End, Tokens[b].Span.Start - Tokens[a].Span.End).Contains('\n');
}
