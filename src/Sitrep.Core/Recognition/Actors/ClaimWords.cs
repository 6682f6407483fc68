namespace Sitrep.Recognition.Actors;

/// <summary>Words of denying a claim, shared by the actor stage (who "it" is in a denied claim) and the event stage (what is denied).</summary>
internal static class ClaimWords
{
    /// <summary>"denied", "rejected", "dismissed", "refuted" and their forms.</summary>
    public static readonly HashSet<string> DenyingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes",
    };
}
