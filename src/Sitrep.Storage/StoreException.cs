using Sitrep.Errors;

namespace Sitrep.Storage;

/// <summary>The store could not be opened or written; <see cref="Error"/> says which and why (SIT016).</summary>
public sealed class StoreException(SitrepError error, Exception? inner = null) : Exception(error.ToString(), inner)
{
    public SitrepError Error { get; } = error;
}
