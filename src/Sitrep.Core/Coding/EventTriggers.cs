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
