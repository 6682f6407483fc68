using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>The events issue 5 lists for the seed article, each with root, actors, place, date and modality.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class SeedEventsTests
{
    private sealed record Ev(string Cameo, string Root, string[] Actor1, string[] Actor2, string? Admin1, string? Place, string? Date, string? DatePrecision,
        string Modality, string[] ClaimedBy, string Trigger);

    private static List<Ev> SeedEvents()
    {
        if (!Sitrep.Recognition.Places.Gazetteer.Gazetteer.IsAvailable)
            Assert.Skip("The world gazetteer is not built; run scripts/build-gazetteer.sh.");
        string seed = TestPaths.SharedFile("examples/khan-touman.txt");
        var article = Assert.Single(CliRun.Invoke("analyze", seed, "--date", "2016-05-09").Articles);
        static string[] Codes(JsonElement e) => e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(a => a.GetProperty("code").GetString()!).ToArray() : [];
        return article.GetProperty("events").EnumerateArray().Select(e =>
        {
            var place = e.GetProperty("place");
            var date = e.GetProperty("date");
            bool hasPlace = place.ValueKind == JsonValueKind.Object;
            bool hasDate = date.ValueKind == JsonValueKind.Object;
            return new Ev(e.GetProperty("cameo").GetString()!, e.GetProperty("root").GetString()!, Codes(e.GetProperty("actor1")), Codes(e.GetProperty("actor2")),
                hasPlace && place.GetProperty("admin1").ValueKind == JsonValueKind.Object ? place.GetProperty("admin1").GetProperty("code").GetString() : null,
                hasPlace ? place.GetProperty("name").GetString() : null,
                hasDate ? date.GetProperty("value").GetString() : null, hasDate ? date.GetProperty("precision").GetString() : null,
                e.GetProperty("modality").GetString()!, Codes(e.GetProperty("claimedBy")), e.GetProperty("text").GetString()!);
        }).ToList();
    }

    [Fact]
    public void The_nine_seed_events_are_coded()
    {
        var events = SeedEvents();

        // 1. Iran condemns the terrorists over Khan Touman; 2. their occupation of it, embedded.
        Assert.Contains(events, e => e.Root == "11" && e.Actor1.Contains("IRNGOV") && e.Actor2.Contains("SYRREB") && e.Place == "Khan Touman");
        Assert.Contains(events, e => e.Root == "19" && e.Trigger == "occupy" && e.Actor1.Contains("SYRREB") && e.Place == "Khan Touman");
        // 3. Iran and Russia consult: talks "with" another make it a participant, so Russia may stand beside Iran.
        Assert.Contains(events, e => e.Root == "04" && e.Actor1.Contains("IRNGOV") && (e.Actor2.Contains("RUSGOV") || e.Actor1.Contains("RUSGOV")));
        // 4. Al-Nusra and FSA claim to have taken Khan Touman back.
        Assert.Contains(events, e => e.Root == "19" && e.Modality == "claimed" && e.Actor1.Contains("SYRINS") && e.Actor1.Contains("SYRREB")
            && e.ClaimedBy.Contains("SYRINS") && e.Place == "Khan Touman");
        // 5. Government forces claim they still hold it.
        Assert.Contains(events, e => e.Root == "19" && e.Modality == "claimed" && e.Actor1.Contains("SYRMIL") && e.ClaimedBy.Contains("SYRMIL") && e.Place == "Khan Touman");
        // 6. The army with NDF and Hezbollah regained it in December 2015.
        Assert.Contains(events, e => e.Root == "19" && e.Actor1.Contains("SYRMIL") && e.Actor1.Contains("LBNMIL")
            && (e.Date, e.DatePrecision) == ("2015-12", "month") && e.Place == "Khan Touman");
        // 7. Al-Nusra relocates fighters to northern Aleppo.
        Assert.Contains(events, e => e.Root == "15" && e.Actor1.Contains("SYRINS") && e.Admin1 == "SY.09");
        // 8. The army dispatched fresh forces to southern Aleppo province, said yesterday.
        Assert.Contains(events, e => e.Root == "15" && e.Actor1.Contains("SYRMIL") && e.ClaimedBy.Contains("SYRMIL") && e.Date == "2016-05-08" && e.Admin1 == "SY.09");
        // 9. Syrian and Russian warplanes bombed positions in Khan Touman.
        Assert.Contains(events, e => e.Cameo == "195" && e.Actor1.Contains("SYRMIL") && e.Actor1.Contains("RUSMIL") && e.ClaimedBy.Contains("SYRMIL") && e.Place == "Khan Touman");
    }

    [Fact]
    public void Iran_is_never_a_fighting_party()
    {
        var events = SeedEvents();

        Assert.DoesNotContain(events, e => e.Root is "18" or "19" or "20" && (e.Actor1.Any(a => a.StartsWith("IRN", StringComparison.Ordinal)) || e.Actor2.Any(a => a.StartsWith("IRN", StringComparison.Ordinal))));
    }
}
