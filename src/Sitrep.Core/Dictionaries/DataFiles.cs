using System.Reflection;

namespace Sitrep.Dictionaries;

/// <summary>
/// The data files under the repository's <c>data/</c> folder, compiled into Sitrep.Core as resources
/// so a build is self-contained. Names are paths relative to <c>data/</c>, e.g. "text/abbreviations.tsv".
/// </summary>
public static class DataFiles
{
    private const string Prefix = "sitrep/";

    public static IEnumerable<string> Names =>
        typeof(DataFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// A short hash of every data file: stored with each analysis, so <c>sitrep reanalyze</c> can tell
    /// which stored articles were coded with other dictionaries.
    /// </summary>
    public static string Fingerprint => s_fingerprint.Value;

    private static readonly Lazy<string> s_fingerprint = new(() =>
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (string name in Names)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            using var stream = Open(name);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            hash.AppendData(buffer.ToArray());
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    });

    public static TsvTable LoadTsv(string name)
    {
        using var reader = new StreamReader(Open(name));
        return TsvTable.Parse(name, reader);
    }

    public static Stream Open(string name)
    {
        Assembly assembly = typeof(DataFiles).Assembly;
        return assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"Data file '{name}' is not compiled into {assembly.GetName().Name}.", name);
    }
}
