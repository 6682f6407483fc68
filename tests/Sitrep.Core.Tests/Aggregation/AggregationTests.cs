using Sitrep.Aggregation;

namespace Sitrep.Tests.Aggregation;

/// <summary>Incidents, control timelines and ceasefire violations over hand-made event records.</summary>
public sealed class AggregationTests
{
    private static int s_id;

    private static EventRecord Event(long article, string cameo, string date, string admin1, string place, string[] actor1, string[]? actor2 = null,
        string? source = null, string precision = "day", string? last = null, double lat = 36.2, double lon = 37.1, string modality = "asserted",
        int? fatalities = null, string placePrecision = "locality", string country = "SY") => new()
        {
            Id = ++s_id,
            ArticleId = article,
            ArticleKey = "a" + article,
            Source = source ?? "outlet" + article,
            Cameo = cameo,
            Root = cameo[..2],
            Plover = cameo[..2] is "18" or "19" or "20" ? "ASSAULT" : cameo[..2] == "11" ? "ACCUSE" : "OTHER",
            Actor1 = EventRecord.Join(actor1),
            Actor2 = EventRecord.Join(actor2 ?? []),
            PlaceName = place,
            PlaceText = place,
            Admin1 = admin1,
            Country = country,
            Lat = lat,
            Lon = lon,
            PlacePrecision = placePrecision,
            DateFirst = date,
            DateLast = last ?? date,
            DatePrecision = precision,
            Modality = modality,
            Fatalities = fatalities,
        };

    [Fact]
    public void Reports_of_one_attack_from_two_outlets_are_one_incident_with_their_disagreements()
    {
        var a = Event(1, "195", "2016-05-08", "SY.09", "Azaz", ["RUSMIL"], ["SYRREB"], "reuters", fatalities: 12);
        var b = Event(2, "190", "2016-05-09", "SY.09", "Azaz", ["SYRMIL"], ["SYRREB"], "sana", fatalities: 16);
        var unrelated = Event(3, "195", "2016-07-01", "SY.09", "Azaz", ["RUSMIL"], source: "afp");

        var incident = Assert.Single(Incidents.Link([a, b, unrelated]));

        Assert.Equal(2, incident.Corroboration);
        Assert.Equal(["reuters", "sana"], incident.Sources);
        Assert.Contains(incident.Disagreements, d => d.StartsWith("who: ", StringComparison.Ordinal));
        Assert.Contains(incident.Disagreements, d => d == "fatalities: 12 (reuters) vs 16 (sana)");
        Assert.Contains(incident.Disagreements, d => d.StartsWith("date: 2016-05-08 (reuters) vs 2016-05-09 (sana)", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_in_different_provinces_far_apart_in_time_or_place_or_of_different_kinds_stay_apart()
    {
        var aleppo = Event(1, "195", "2016-05-08", "SY.09", "Azaz", ["RUSMIL"]);
        var idlib = Event(2, "195", "2016-05-08", "SY.12", "Idlib", ["RUSMIL"]);
        var later = Event(3, "195", "2016-05-12", "SY.09", "Azaz", ["RUSMIL"]);
        var far = Event(4, "195", "2016-05-08", "SY.09", "Manbij", ["RUSMIL"], lat: 36.53, lon: 37.95);
        var talks = Event(5, "046", "2016-05-08", "SY.09", "Azaz", ["RUSMIL"]);
        var month = Event(6, "195", "2016-05-01", "SY.09", "Azaz", ["RUSMIL"], precision: "month", last: "2016-05-31");
        var planned = Event(7, "195", "2016-05-08", "SY.09", "Azaz", ["RUSMIL"], modality: "planned");

        Assert.Empty(Incidents.Link([aleppo, idlib, later, far, talks, month, planned]));
    }

    [Fact]
    public void Reports_that_name_different_actors_with_nobody_in_common_are_not_linked_unless_one_names_none()
    {
        var turkish = Event(1, "194", "2016-05-08", "SY.09", "Azaz", ["TURMIL"], ["SYRINS"]);
        var kurdish = Event(2, "194", "2016-05-08", "SY.09", "Azaz", ["SYRREB"], ["IMGMUS"]);
        var unnamed = Event(3, "183", "2016-05-08", "SY.09", "Azaz", []);

        Assert.False(Incidents.SameHappening(turkish, kurdish));
        Assert.True(Incidents.SameHappening(turkish, unnamed));
        Assert.True(Incidents.SameHappening(kurdish, unnamed));
    }

    [Fact]
    public void A_control_timeline_marks_contradicting_claims_as_contested_and_matches_spellings()
    {
        var recapture = Event(1, "192", "2015-12-01", "SY.09", "Khan Touman", ["SYRMIL", "LBNMIL"], precision: "month", last: "2015-12-31");
        var rebels = Event(2, "192", "2016-05-09", "SY.09", "Khan Touman", ["SYRINS", "SYRREB"], modality: "claimed");
        var army = Event(3, "192", "2016-05-09", "SY.09", "Khan Touman", ["SYRMIL"], modality: "claimed");
        var elsewhere = Event(1, "192", "2016-05-09", "SY.09", "Azaz", ["SYRREB"]);
        var denied = Event(1, "192", "2016-05-09", "SY.09", "Khan Touman", ["SYRMIL"], modality: "negated");

        var timeline = ControlTimeline.For("Khan Tuman", [army, elsewhere, recapture, rebels, denied]);

        Assert.Equal([recapture, rebels, army], timeline.Select(t => t.Event));
        Assert.Equal([false, true, true], timeline.Select(t => t.Contested));
    }

    [Fact]
    public void A_ceasefire_reports_violence_by_its_parties_inside_its_area_and_period()
    {
        var truce = Ceasefire.Create("truce", ["SYR", "RUS"], ["SY.09", "Palmyra"], "2016-02-27", "2016-06-30", null, "test");
        var strike = Event(1, "195", "2016-05-09", "SY.09", "Azaz", ["RUSMIL"], source: "sana");
        var claimed = Event(2, "192", "2016-05-09", "SY.09", "Khan Touman", ["SYRINS"], modality: "claimed");
        claimed.ClaimedBy = EventRecord.Join(["SYRINS"]);
        claimed.ClaimedByText = "Al-Nusra";
        var palmyra = Event(3, "190", "2016-03-20", "SY.11", "Palmyra", ["SYRMIL"], ["IMGMUS"]);
        var before = Event(4, "195", "2016-02-20", "SY.09", "Azaz", ["RUSMIL"]);
        var after = Event(5, "195", "2016-07-02", "SY.09", "Azaz", ["RUSMIL"]);
        var outside = Event(6, "195", "2016-05-09", "SY.13", "Damascus", ["RUSMIL"]);
        var others = Event(7, "195", "2016-05-09", "SY.09", "Azaz", ["USAMIL"]);
        var words = Event(8, "111", "2016-05-09", "SY.09", "Azaz", ["SYRGOV"]);
        var spanning = Event(9, "195", "2016-02-01", "SY.09", "Azaz", ["RUSMIL"], precision: "month", last: "2016-02-29");

        var violations = CeasefireMonitor.Report(truce, [strike, claimed, palmyra, before, after, outside, others, words, spanning]);

        Assert.Equal([palmyra, strike, claimed], violations.Select(v => v.Event));
        var byClaim = violations.Single(v => v.Event == claimed);
        Assert.Equal(("SYRINS", "SYRINS (Al-Nusra)"), (byClaim.Accused, byClaim.Accuser));
        Assert.Equal("sana", violations.Single(v => v.Event == strike).Accuser);
    }

    [Fact]
    public void Ceasefires_load_from_yaml_and_bad_ones_are_named()
    {
        var list = Ceasefire.LoadYaml("c.yaml", new StringReader("- name: a\n  parties: [SYR]\n  area: [SY]\n  start: 2016-02-27\n- name: b\n  start: 2017-01-01\n  end: 2017-02-01\n"));

        Assert.Equal(2, list.Count);
        Assert.Equal((new DateOnly(2016, 2, 27), (DateOnly?)null), (list[0].Start, list[0].End));
        Assert.Empty(list[1].Parties);
        var noStart = Assert.Throws<CeasefireException>(() => Ceasefire.LoadYaml("c.yaml", new StringReader("- name: a\n")));
        Assert.Contains("needs a start date", noStart.Message, StringComparison.Ordinal);
        var notYaml = Assert.Throws<CeasefireException>(() => Ceasefire.LoadYaml("c.yaml", new StringReader("- name: [unclosed\n")));
        Assert.Contains("c.yaml:", notYaml.Message, StringComparison.Ordinal);
    }
}
