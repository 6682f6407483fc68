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
