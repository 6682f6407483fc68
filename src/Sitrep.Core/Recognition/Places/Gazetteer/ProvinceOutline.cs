namespace Sitrep.Recognition.Places.Gazetteer;

/// <summary>
/// A province's outline (Natural Earth admin-1, simplified to about 500 m): rings of
/// <c>lon, lat</c> pairs, outer rings and holes alike, tested with the even-odd rule.
/// </summary>
public sealed class ProvinceOutline
{
    private readonly float _minLon = float.MaxValue, _maxLon = float.MinValue, _minLat = float.MaxValue, _maxLat = float.MinValue;

    public ProvinceOutline(string admin1Key, float[][] rings)
    {
        Admin1Key = admin1Key;
        Rings = rings;
        foreach (float[] ring in rings)
        {
            for (int i = 0; i + 1 < ring.Length; i += 2)
            {
                _minLon = Math.Min(_minLon, ring[i]);
                _maxLon = Math.Max(_maxLon, ring[i]);
                _minLat = Math.Min(_minLat, ring[i + 1]);
                _maxLat = Math.Max(_maxLat, ring[i + 1]);
            }
        }
    }

    /// <summary>"SY.09".</summary>
    public string Admin1Key { get; }

    /// <summary>Each ring as <c>[lon0, lat0, lon1, lat1, …]</c>.</summary>
    public IReadOnlyList<float[]> Rings { get; }

    public bool Contains(double lat, double lon)
    {
        if (lon < _minLon || lon > _maxLon || lat < _minLat || lat > _maxLat)
            return false;
        bool inside = false;
        foreach (float[] ring in Rings)
        {
            int n = ring.Length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                double xi = ring[2 * i], yi = ring[2 * i + 1], xj = ring[2 * j], yj = ring[2 * j + 1];
                if (yi > lat != yj > lat && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
                    inside = !inside;
            }
        }
        return inside;
    }
}
