using Sitrep.Dictionaries;

namespace Sitrep.Recognition.Actors;

/// <summary>
/// The actor dictionaries in data/actors/ (groups, people, roles, labels) compiled into phrase
/// matchers. Immutable; loaded once.
/// </summary>
public sealed class ActorDictionary
{
    private ActorDictionary(TsvTable groups, TsvTable people, TsvTable roles, TsvTable labels)
    {
        var named = new List<(string, ActorEntry)>();
        foreach (var row in groups.Rows)
        {
            var entry = new ActorEntry(ActorEntryKind.Group, groups.Get(row, "id"), groups.Get(row, "code"), Empty(groups.Get(row, "country")), groups.Get(row, "role"));
            named.Add((entry.Name, entry));
            named.AddRange(Aliases(groups.Get(row, "aliases")).Select(a => (a, entry)));
            _groups[entry.Name] = entry;
        }
        foreach (var row in people.Rows)
        {
            string? country = Empty(people.Get(row, "country"));
            string role = people.Get(row, "role");
            // An international body's officer carries the body's code in the country column ("IGOUNO"): the code is the body's, with no country.
            bool body = country is not null && country.StartsWith("IGO", StringComparison.Ordinal);
            var entry = new ActorEntry(ActorEntryKind.Person, people.Get(row, "id"), body ? country! : country is null ? role : country + role, body ? null : country, role);
            named.Add((entry.Name, entry));
            named.AddRange(Aliases(people.Get(row, "aliases")).Select(a => (a, entry)));
            if (Empty(people.Get(row, "pronoun")) is { } pronoun)
                _pronouns[entry.Name] = pronoun;
        }
        Named = new PhraseMatcher<ActorEntry>(named);
        Roles = new PhraseMatcher<ActorEntry>(roles.Rows.Select(r => (roles.Get(r, "id"), new ActorEntry(ActorEntryKind.Role, roles.Get(r, "id"), null, null, roles.Get(r, "role"))
        {
            IsAdjective = roles.Get(r, "adjective") == "yes",
            IsSpeaker = roles.Get(r, "speaker") == "yes",
            StandsAlone = roles.Get(r, "alone") != "no",
        })));
        Labels = new PhraseMatcher<ActorEntry>(labels.Rows.Select(r => (labels.Get(r, "id"), new ActorEntry(ActorEntryKind.Label, labels.Get(r, "id"), null, null, null, labels.Get(r, "polarity"))
        {
            StandsAlone = labels.Get(r, "alone") != "no",
        })));
    }

    public static ActorDictionary Default => s_default.Value;

    private static readonly Lazy<ActorDictionary> s_default = new(() => new ActorDictionary(
        DataFiles.LoadTsv("actors/groups.tsv"), DataFiles.LoadTsv("actors/people.tsv"), DataFiles.LoadTsv("actors/roles.tsv"), DataFiles.LoadTsv("actors/labels.tsv")));

    private readonly Dictionary<string, string> _pronouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorEntry> _groups = new(StringComparer.Ordinal);

    /// <summary>The group of data/actors/groups.tsv whose id is <paramref name="name"/>, or null.</summary>
    public ActorEntry? Group(string name) => _groups.GetValueOrDefault(name);

    /// <summary>The pronoun copy uses for a known person ("he", "she"), or null when the dictionary does not say.</summary>
    public string? PronounOf(string person) => _pronouns.GetValueOrDefault(person);

    /// <summary>Named groups, organisations and people.</summary>
    public PhraseMatcher<ActorEntry> Named { get; }

    /// <summary>Role heads: "army", "government forces", "rebels".</summary>
    public PhraseMatcher<ActorEntry> Roles { get; }

    public PhraseMatcher<ActorEntry> Labels { get; }

    private static IEnumerable<string> Aliases(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
