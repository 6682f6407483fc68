using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Places end to end on the real world gazetteer (built by scripts/build-gazetteer.sh; skipped when absent).</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class PlacesCommandTests
{
    private static void RequireGazetteer()
    {
        if (!Sitrep.Recognition.Places.Gazetteer.Gazetteer.IsAvailable)
            Assert.Skip("The world gazetteer is not built; run scripts/build-gazetteer.sh.");
    }

    private static JsonElement[] Places(JsonElement article) => article.GetProperty("places").EnumerateArray().ToArray();

    [Fact]
    public void Seed_places_resolve_as_the_issue_requires()
    {
        RequireGazetteer();
        string seed = TestPaths.SharedFile("examples/khan-touman.txt");

        var article = Assert.Single(CliRun.Invoke("analyze", seed, "--date", "2016-05-09").Articles);
        var places = Places(article);
        string? Admin1(JsonElement p) => p.GetProperty("admin1").ValueKind == JsonValueKind.Null ? null : p.GetProperty("admin1").GetProperty("code").GetString();
        string? S(JsonElement p, string name) => p.GetProperty(name).GetString();

        var khanTouman = places.Where(p => S(p, "name") == "Khan Touman").ToList();
        Assert.NotEmpty(khanTouman);
        Assert.All(khanTouman, p => Assert.Equal("SY.09", Admin1(p)));
        Assert.All(khanTouman, p => Assert.Contains(S(p, "precision"), new[] { "locality", "admin1" }));

        var province = places.Where(p => S(p, "text") == "Aleppo province").ToList();
        Assert.NotEmpty(province);
        Assert.All(province, p => Assert.Equal(("SY.09", "admin1"), (Admin1(p), S(p, "precision"))));

        var northernSyria = Assert.Single(places, p => S(p, "text") == "Northern Syria");
        Assert.Equal(("SY", "north", "country"), (S(northernSyria, "country"), S(northernSyria, "qualifier"), S(northernSyria, "precision")));
        Assert.Contains(places, p => S(p, "text") == "Turkey" && S(p, "country") == "TR");
        Assert.Contains(places, p => S(p, "text") == "Syria" && S(p, "country") == "SY");

        string[] notPlaces = ["Hezbollah", "Amir Abdollahian", "Hossein", "Al-Nusra", "Free Syrian Army", "Al-Qaeda", "National Defense Forces"];
        Assert.DoesNotContain(places, p => notPlaces.Any(n => S(p, "text")!.Contains(n, StringComparison.Ordinal)));

        Assert.Equal("SY.09", Admin1(article.GetProperty("focus").GetProperty("place")));
    }

    [Fact]
    public void Seed_actors_and_labels_are_coded()
    {
        RequireGazetteer();
        string seed = TestPaths.SharedFile("examples/khan-touman.txt");

        var article = Assert.Single(CliRun.Invoke("analyze", seed, "--date", "2016-05-09").Articles);
        var actors = article.GetProperty("actors").EnumerateArray().Select(a => (Text: a.GetProperty("text").GetString()!, Code: a.GetProperty("code").GetString())).ToList();
        var labels = article.GetProperty("labels").EnumerateArray().Select(l => (Text: l.GetProperty("text").GetString()!, Actor: l.GetProperty("actor").GetString())).ToList();

        Assert.Contains(actors, a => a.Text.EndsWith("Hossein Amir Abdollahian", StringComparison.Ordinal) && a.Code == "IRNGOV");
        Assert.Contains(actors, a => a.Text == "Tehran" && a.Code == "IRNGOV");
        Assert.Contains(actors, a => a.Text == "Moscow" && a.Code == "RUSGOV");
        Assert.Contains(actors, a => a.Text.StartsWith("Syrian and Russian warplane", StringComparison.Ordinal) && a.Code == "SYRMIL");
        Assert.Contains(actors, a => a.Text.StartsWith("Syrian and Russian warplane", StringComparison.Ordinal) && a.Code == "RUSMIL");
        Assert.Contains(actors, a => a.Text == "government forces" && a.Code == "SYRMIL");
        Assert.Contains(labels, l => l.Text == "Takfiri terrorists" && l.Actor == "SYRREB");
        Assert.Contains(labels, l => l.Text == "irresponsible terrorists" && l.Actor == "SYRREB");
        Assert.Contains(labels, l => l.Text == "wrongly referred to as moderate" && l.Actor == "SYRREB");

        var quotes = article.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("speaker") is var s && s.GetProperty("person").GetString() is { } person ? person : s.GetProperty("code").GetString()).ToList();
        Assert.Equal(["Hossein Amir Abdollahian", "SYRMIL", "SYRMIL", "SYRMIL"], quotes);
    }

    [Fact]
    public void Fakes_focus_governorate_accuracy_does_not_regress()
    {
        RequireGazetteer();
        string corpus = TestPaths.SharedFile("corpora/fa-kes/dev.csv");

        var result = Sitrep.Evaluation.FocusEvaluation.Run(Sitrep.Evaluation.FakesCorpus.Read(corpus), Sitrep.Pipeline.SitrepPipeline.Default);

        // A floor against regressions, below the measured figure (see README); not the issue's 0.92 target.
        Assert.True(result.Accuracy >= 0.85, $"focus accuracy {result.Accuracy:P1}");
    }

    [Fact]
    public void Gazetteer_import_command_adds_a_dump_and_reports_bad_rows()
    {
        RequireGazetteer();
        using var dir = new TempDir();
        // Work on a copy so the shared world index stays untouched.
        string world = Path.Combine(dir.Path, "world.gaz");
        File.Copy(Sitrep.Recognition.Places.Gazetteer.Gazetteer.Locate(), world);
        string dump = dir.File("XX.txt",
            "9100001\tQaryat Test\tQaryat Test\t\t36.5\t37.5\tP\tPPL\tSY\t\t09\t\t\t\t700\t\t400\tAsia/Damascus\t2020-01-01\n" +
            "broken row\n");
        Environment.SetEnvironmentVariable("SITREP_GAZETTEER", world);
        try
        {
            var run = CliRun.Invoke("gazetteer", "import", dump);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("imported 1 places", run.Stdout);
            Assert.Contains($"{dump}:2: SIT012", run.Stderr);
            Assert.True(File.Exists(Path.Combine(dir.Path, "imported", "XX.gaz")));
            Assert.Single(Sitrep.Recognition.Places.Gazetteer.Gazetteer.Load(world).Find("Qaryat Test"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SITREP_GAZETTEER", null);
        }
    }
}
