using Sitrep.Errors;

namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>The gazetteer is missing or unreadable: a set-up problem, not a problem with one article.</summary>
public sealed class GazetteerUnavailableException(SitrepError error) : Exception(error.ToString())
{
    public SitrepError Error { get; } = error;
}
