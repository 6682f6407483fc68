using Sitrep.Dictionaries;
using Sitrep.Recognition.Actors;

namespace Sitrep.Coding;

/// <summary>The event trigger dictionary (data/events/triggers.tsv) as a phrase matcher. Immutable.</summary>
public static class EventTriggers
{
    private static readonly Lazy<PhraseMatcher<EventTrigger>> s_default = new(() =>
    {
        var table = DataFiles.LoadTsv("events/triggers.tsv");
        return new PhraseMatcher<EventTrigger>(table.Rows.SelectMany(r =>
        {
            var trigger = new EventTrigger(table.Get(r, "id"), table.Get(r, "cameo"), table.Get(r, "plover"));
            return table.Get(r, "forms").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => (f, trigger));
        }));
    });

    public static PhraseMatcher<EventTrigger> Default => s_default.Value;
}
