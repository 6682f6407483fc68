using Sitrep.Errors;

namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>
/// Imports a GeoNames dump that a user downloaded (allCountries.txt, SY.txt: the 19-column format)
/// as an extra index file in the gazetteer's <c>imported/</c> folder, so villages cities500 lacks
/// become resolvable. Re-importing a file of the same name replaces it.
/// </summary>
public static class GeoNamesImporter
{
    public sealed record Result(string IndexPath, int Imported, IReadOnlyList<SitrepError> Errors);

    /// <param name="worldPath">The world index the import goes beside.</param>
    public static Result Import(string dumpPath, string worldPath, int maxErrors = 100)
    {
        if (!File.Exists(dumpPath))
            return new Result("", 0, [new SitrepError(ErrorCode.FileNotFound, dumpPath, null, "no such file.")]);
        var builder = new GazetteerBuilder();
        var errors = new List<SitrepError>();
        foreach (var (row, error) in GeoNamesReader.Read(dumpPath))
        {
            if (error is not null)
            {
                if (errors.Count < maxErrors)
                    errors.Add(error);
                continue;
            }
            // Only what Sitrep resolves to: populated places, administrative divisions, and named
            // localities such as neighbourhoods and camps (class L/S kept out: too many buildings).
            if (row!.Place.FeatureClass is 'P' or 'A')
                builder.Add(row.Place, row.AlternateNames);
        }
        string folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(worldPath))!, Gazetteer.ImportedFolderName);
        string indexPath = Path.Combine(folder, Path.GetFileNameWithoutExtension(dumpPath) + ".gaz");
        if (builder.Count > 0)
            builder.Write(indexPath);
        return new Result(indexPath, builder.Count, errors);
    }
}
