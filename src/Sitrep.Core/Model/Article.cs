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

    /// <summary>Dates in text order (by start).</summary>
    public IReadOnlyList<DateMention> Dates
    {
        get => _dates;
        set => _dates = InTextOrder(value, d => d.Span);
    }

    /// <summary>Places in text order (by start).</summary>
    public IReadOnlyList<PlaceMention> Places
    {
        get => _places;
        set => _places = InTextOrder(value, p => p.Span);
    }

    /// <summary>Actors in text order (by start; an actor may lie inside another).</summary>
    public IReadOnlyList<ActorMention> Actors
    {
        get => _actors;
        set
        {
            _actors = InTextOrder(value, a => a.Span);
            _longestActor = _actors.Count == 0 ? 0 : _actors.Max(a => a.Span.Length);
        }
    }

    private IReadOnlyList<DateMention> _dates = [];
    private IReadOnlyList<PlaceMention> _places = [];
    private IReadOnlyList<ActorMention> _actors = [];
    private int _longestActor;

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

    // Rules ask, for every trigger and place, which mentions lie in a clause or sentence. The layers
    // are kept in text order so that a binary search finds those without walking the whole article.

    /// <summary>The actors inside <paramref name="span"/>, in text order.</summary>
    public List<ActorMention> ActorsWithin(TextSpan span) => Within(_actors, span, static a => a.Span);

    /// <summary>The places inside <paramref name="span"/>, in text order.</summary>
    public List<PlaceMention> PlacesWithin(TextSpan span) => Within(_places, span, static p => p.Span);

    /// <summary>The dates inside <paramref name="span"/>, in text order.</summary>
    public List<DateMention> DatesWithin(TextSpan span) => Within(_dates, span, static d => d.Span);

    /// <summary>Whether any actor's span overlaps <paramref name="span"/> ("Aleppo" inside "the Aleppo Police Command").</summary>
    public bool AnyActorOverlaps(TextSpan span)
    {
        // An overlapping actor starts before the span ends and at most the longest actor's length before it starts.
        for (int i = FirstStartingAt(_actors, span.Start - _longestActor, static a => a.Span); i < _actors.Count && _actors[i].Span.Start < span.End; i++)
        {
            if (_actors[i].Span.Overlaps(span))
                return true;
        }
        return false;
    }

    private static List<T> Within<T>(IReadOnlyList<T> items, TextSpan span, Func<T, TextSpan> spanOf)
    {
        var found = new List<T>();
        for (int i = FirstStartingAt(items, span.Start, spanOf); i < items.Count && spanOf(items[i]).Start < span.End; i++)
        {
            if (span.Contains(spanOf(items[i])))
                found.Add(items[i]);
        }
        return found;
    }

    /// <summary>The index of the first item starting at or after <paramref name="position"/> (items in text order).</summary>
    private static int FirstStartingAt<T>(IReadOnlyList<T> items, int position, Func<T, TextSpan> spanOf)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spanOf(items[mid]).Start < position)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>The layer as given when it is in text order already (as stages make it), else sorted stably by start.</summary>
    private static IReadOnlyList<T> InTextOrder<T>(IReadOnlyList<T> items, Func<T, TextSpan> spanOf)
    {
        for (int i = 1; i < items.Count; i++)
        {
            if (spanOf(items[i]).Start < spanOf(items[i - 1]).Start)
                return items.OrderBy(x => spanOf(x).Start).ToList();
        }
        return items;
    }

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
