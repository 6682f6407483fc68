using Sitrep.Dictionaries;
using Sitrep.Recognition.Actors;

namespace Sitrep.Coding;

/// <summary>The event trigger dictionary (data/events/triggers.tsv) as a phrase matcher. Immutable.</summary>
public static class EventTriggers
{
    private static readonly Lazy<PhraseMatcher<EventTrigger>> s_default = new(() =>
    {
        var table = DataFiles.LoadTsv("events/triggers.tsv");
        IReadOnlySet<string>? Objects(string list) => list == "-" ? null : ObjectWords(list);
        return new PhraseMatcher<EventTrigger>(table.Rows.SelectMany(r =>
        {
            // "-": a CAMEO code PLOVER has no type for (statements, 01).
            string plover = table.Get(r, "plover");
            var trigger = new EventTrigger(table.Get(r, "id"), table.Get(r, "cameo"), plover == "-" ? "" : plover, Objects(table.Get(r, "object")));
            return table.Get(r, "forms").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => (f, trigger));
        }));
    });

    public static PhraseMatcher<EventTrigger> Default => s_default.Value;

    /// <summary>Auxiliaries of the passive ("were released"), as they stand in running text or open a sentence.</summary>
    internal static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal) { "was", "were", "been", "being", "be", "is", "are", "Was", "Were", "Is", "Are", "Been", "Being" };

    /// <summary>
    /// Whether a trigger that needs an object has one: within six words after it ("released 20 hostages"), or, in the
    /// passive, within six before it ("the hostages were released"). Tokens <paramref name="first"/> to <paramref name="end"/> are the sentence.
    /// </summary>
    public static bool HasObject(Sitrep.Model.Article article, EventTrigger trigger, int t, int last, int first, int end)
    {
        if (trigger.Objects is not { } objects)
            return true;
        for (int k = last + 1; k < Math.Min(end, last + 7); k++)
            if (objects.Contains(article.TokenText(k)))
                return true;
        if (!PassiveAuxiliaries.Contains(article.TokenText(t - 1)))
            return false;
        for (int k = t - 2; k >= Math.Max(first, t - 7); k--)
            if (objects.Contains(article.TokenText(k)))
                return true;
        return false;
    }

    /// <summary>
    /// A trigger at token <paramref name="t"/> that reports an act there: the longest form whose object, if its entry
    /// needs one, is at hand ("pushed ahead" is no driving out; "sent a letter" no deployment).
    /// </summary>
    public static bool TryMatchAct(Sitrep.Model.Article article, int t, out EventTrigger trigger, out int last) =>
        Default.TryMatch(article, t, (article, t), static (s, x, l) => HasObject(s.article, x, s.t, l, 0, s.article.Tokens.Count), out trigger, out last);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> s_objectWords = new(StringComparer.Ordinal);

    /// <summary>The words of an object list (data/events/objects/<paramref name="list"/>.tsv), loaded once.</summary>
    public static HashSet<string> ObjectWords(string list) =>
        s_objectWords.GetOrAdd(list, l => new HashSet<string>(DataFiles.LoadTsv("events/objects/" + l + ".tsv").Column("id"), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Whether "take" at token <paramref name="t"/> takes no ground: "were taken to a court", "taken across the border to hospitals", "took to the streets", "the truce
    /// took effect", "bombers took off", "took out", "not taken seriously", "took steps"; nor time spent: "it took months of talks",
    /// "the trip takes two hours"; nor a quality taken on: "the war has taken on a sectarian character".
    /// </summary>
    public static bool TakesNoGround(Sitrep.Model.Article article, int t) =>
        article.TokenText(t) is "taken" or "took" or "take" or "takes"
        && (article.TokenText(t + 1) is "to" or "across" or "effect" or "place" or "part" or "off" or "out" or "shelter" or "refuge" or "cover" or "hold" or "orders" or "over" or "advantage" or "office"
                or "seriously" or "lightly" or "aback" or "note" or "steps" or "measures"
            || article.TokenText(t + 1) == "on" && article.TokenText(t + 2).ToLowerInvariant() is "a" or "an" or "new" or "added" or "greater" or "increasing" or "more" or "renewed"
            || Enumerable.Range(t + 1, 2).Any(k => article.TokenText(k).ToLowerInvariant() is "months" or "weeks" or "days" or "years" or "hours" or "minutes" or "time" or "long" or "longer"));
}
