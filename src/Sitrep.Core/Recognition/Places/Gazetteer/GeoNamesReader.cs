using System.Globalization;
using Sitrep.Errors;

namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>
/// Reads the GeoNames table format: 19 tab-separated columns (geonameid, name, asciiname,
/// alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1,
/// admin2, admin3, admin4, population, elevation, dem, timezone, modification date). A bad row is
/// an error naming the file and line; the rest is still read.
/// </summary>
public static class GeoNamesReader
{
    public const int Columns = 19;

    public static IEnumerable<(GeoNamesRow? Row, SitrepError? Error)> Read(string path)
    {
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        long lineNumber = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (System.Text.DecoderFallbackException)
            {
                line = null;
            }
            if (line is null)
            {
                if (!reader.EndOfStream)
                    yield return (null, new SitrepError(ErrorCode.InvalidUtf8, path, lineNumber + 1, "invalid UTF-8; GeoNames dumps are UTF-8. Reading stopped."));
                yield break;
            }
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            yield return Parse(path, lineNumber, line);
        }
    }

    public static (GeoNamesRow? Row, SitrepError? Error) Parse(string path, long lineNumber, string line)
    {
        string[] f = line.Split('\t');
        SitrepError Bad(string message) => new(ErrorCode.MalformedGazetteerRow, path, lineNumber, message);
        if (f.Length != Columns)
            return (null, Bad($"expected {Columns} tab-separated GeoNames columns, found {f.Length}."));
        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            return (null, Bad($"geonameid '{f[0]}' is not a number."));
        if (string.IsNullOrWhiteSpace(f[1]))
            return (null, Bad("the name column is empty."));
        if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) || lat is < -90 or > 90
            || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) || lon is < -180 or > 180)
            return (null, Bad($"latitude/longitude '{f[4]}', '{f[5]}' are not valid coordinates."));
        if (f[6].Length != 1 || f[8].Length != 2)
            return (null, Bad($"feature class '{f[6]}' or country code '{f[8]}' is malformed."));
        long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out long population);

        var place = new GazetteerPlace(id, f[1], lat, lon, f[6][0], f[7], f[8], f[10], population);
        var alternates = new List<string>(8) { f[2] };
        if (f[3].Length > 0)
            alternates.AddRange(f[3].Split(','));
        return (new GeoNamesRow(place, alternates), null);
    }
}
