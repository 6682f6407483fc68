using System.Globalization;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>The analyses over a store: control of a place, ceasefire violations, incidents, exports, labels.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class StoreQueryCommandTests
{
    private static string SeedStore(TempDir dir)
    {
        if (!Sitrep.Recognition.Places.Gazetteer.Gazetteer.IsAvailable)
            Assert.Skip("The world gazetteer is not built; run scripts/build-gazetteer.sh.");
        string seed = TestPaths.SharedFile("examples/khan-touman.txt");
        string db = Path.Combine(dir.Path, "seed.db");
        var run = CliRun.Invoke("ingest", seed, "--date", "2016-05-09", "--source", "sana", "--db", db);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return db;
    }

    [Fact]
    public void Control_of_Khan_Touman_shows_the_recapture_the_capture_and_the_contested_claims()
    {
        using var dir = new TempDir();
        string db = SeedStore(dir);

        var run = CliRun.Invoke("control", "Khan Tuman", "--db", db);

        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("contested", lines[0], StringComparison.Ordinal);
        // December 2015: the army with its allies regained it; not contested.
        var recapture = Assert.Single(lines, l => l.Contains("\"regained\"", StringComparison.Ordinal));
        Assert.StartsWith("  2015-12 ", recapture, StringComparison.Ordinal);
        Assert.Contains("SYRMIL+LBNMIL", recapture, StringComparison.Ordinal);
        Assert.DoesNotContain("CONTESTED", recapture, StringComparison.Ordinal);
        // May 2016: Al-Nusra and the FSA claim it; the government says it still holds it — side by side.
        var rebels = Assert.Single(lines, l => l.Contains("\"taken back\"", StringComparison.Ordinal));
        Assert.Contains("CONTESTED", rebels, StringComparison.Ordinal);
        Assert.Contains("claimed by SYRINS+SYRREB", rebels, StringComparison.Ordinal);
        var government = Assert.Single(lines, l => l.Contains("\"in charge of\"", StringComparison.Ordinal));
        Assert.Contains("CONTESTED", government, StringComparison.Ordinal);
        Assert.Contains("claimed by SYRMIL", government, StringComparison.Ordinal);
        Assert.True(Array.IndexOf(lines, recapture) < Array.IndexOf(lines, rebels));
        Assert.All(lines.Skip(1), l => Assert.Contains("[sana:", l, StringComparison.Ordinal));
    }

    [Fact]
    public void A_ceasefire_from_February_2016_lists_the_air_strikes_and_the_capture_as_alleged_violations()
    {
        using var dir = new TempDir();
        string db = SeedStore(dir);
        string yaml = dir.File("ceasefires.yaml", """
            - name: Syria cessation of hostilities
              parties: [SYR, RUS]
              area: [SY]
              start: 2016-02-27
              note: written for the test
            """);
        Assert.Equal(0, CliRun.Invoke("ceasefire", "load", yaml, "--db", db).ExitCode);

        var run = CliRun.Invoke("ceasefire", "report", "Syria cessation of hostilities", "--db", db);

        Assert.Equal(0, run.ExitCode);
        var airStrike = Assert.Single(run.Stdout.Split('\n'), l => l.Contains("\"bombing\"", StringComparison.Ordinal));
        Assert.Contains("accused: RUSMIL+SYRMIL", airStrike, StringComparison.Ordinal);
        Assert.Contains("accuser: SYRMIL", airStrike, StringComparison.Ordinal);
        Assert.Contains("claimed", airStrike, StringComparison.Ordinal);
        var capture = Assert.Single(run.Stdout.Split('\n'), l => l.Contains("\"taken back\"", StringComparison.Ordinal));
        Assert.Contains("accused: SYRINS+SYRREB", capture, StringComparison.Ordinal);
        Assert.Contains("Khan Touman", capture, StringComparison.Ordinal);
        // Before the ceasefire: the December 2015 recapture is no violation of it.
        Assert.DoesNotContain("\"regained\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("[sana: khan-touman]", airStrike, StringComparison.Ordinal);
    }

    [Fact]
    public void Ceasefire_definitions_are_checked()
    {
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "empty.db");
        string bad = dir.File("bad.yaml", "- name: x\n  start: 2016-02-30\n");
        string unknown = dir.File("unknown.yaml", "- name: x\n  start: 2016-02-27\n  colour: red\n");

        var badDate = CliRun.Invoke("ceasefire", "load", bad, "--db", db);
        var badField = CliRun.Invoke("ceasefire", "load", unknown, "--db", db);
        var missing = CliRun.Invoke("ceasefire", "report", "nothing", "--db", db);
        var backwards = CliRun.Invoke("ceasefire", "add", "--name", "y", "--start", "2016-03-01", "--end", "2016-02-01", "--db", db);

        Assert.Contains($"{bad} entry 1: SIT017", badDate.Stderr);
        Assert.Contains($"{unknown}:3: SIT017", badField.Stderr);
        Assert.Contains("nothing: SIT017", missing.Stderr);
        Assert.Contains("ends (2016-02-01) before it starts", backwards.Stderr);
        Assert.All(new[] { badDate, badField, missing, backwards }, r => Assert.Equal(2, r.ExitCode));
    }

    [Fact]
    public void GeoJson_export_is_valid_with_one_feature_per_event()
    {
        using var dir = new TempDir();
        string db = SeedStore(dir);
        int events = CliRun.Invoke("events", "--db", db, "--format", "json").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

        var run = CliRun.Invoke("export", "--format", "geojson", "--db", db);

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(events, features.Count);
        Assert.True(events > 5);
        foreach (var f in features)
        {
            // RFC 7946: a Feature has a geometry (an object or null) and properties.
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.Object, f.GetProperty("properties").ValueKind);
            var geometry = f.GetProperty("geometry");
            if (geometry.ValueKind == JsonValueKind.Null)
                continue;
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var position = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
            Assert.Equal(2, position.Length);
            Assert.InRange(position[0], -180, 180);
            Assert.InRange(position[1], -90, 90);
            // Syria: longitude first.
            Assert.InRange(position[0], 35, 43);
        }
        Assert.Contains(features, f => f.GetProperty("properties").GetProperty("cameo_code").GetString() == "195");
    }

    [Fact]
    public void Csv_export_has_the_documented_columns_and_filters_apply()
    {
        using var dir = new TempDir();
        string db = SeedStore(dir);
        string file = Path.Combine(dir.Path, "events.csv");

        var run = CliRun.Invoke("export", "--format", "csv", "--root", "19", "--db", db, "--output", file);

        Assert.Equal(0, run.ExitCode);
        string[] lines = File.ReadAllLines(file);
        Assert.Equal(string.Join(",", Sitrep.Output.EventExport.CsvColumns), lines[0]);
        using var reader = new CsvHelper.CsvReader(new StringReader(File.ReadAllText(file)), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        int rows = 0;
        while (reader.Read())
        {
            rows++;
            Assert.Equal("19", reader.GetField("cameo_root"));
            Assert.Equal("sana", reader.GetField("source"));
        }
        Assert.True(rows >= 5);
        string doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "output-format.md"));
        Assert.All(Sitrep.Output.EventExport.CsvColumns, c => Assert.Contains($"`{c}`", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Reanalyze_recodes_stale_articles_and_all_on_request_without_changing_the_result()
    {
        using var dir = new TempDir();
        string db = SeedStore(dir);
        string before = CliRun.Invoke("events", "--db", db).Stdout;

        var stale = CliRun.Invoke("reanalyze", "--db", db);
        var all = CliRun.Invoke("reanalyze", "--all", "--db", db);

        Assert.Equal(0, stale.ExitCode);
        Assert.Contains("re-coded 0 article(s) of 1", stale.Stderr);
        Assert.Contains("re-coded 1 article(s) of 1", all.Stderr);
        Assert.Equal(before, CliRun.Invoke("events", "--db", db).Stdout);
    }

    [Fact]
    public void Labels_report_the_terms_per_outlet()
    {
        using var dir = new TempDir();
        string db = SeedStore(dir);

        var run = CliRun.Invoke("labels", "--source", "sana", "--db", db);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("sana\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"Takfiri terrorists\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"wrongly referred to as moderate\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Incidents_on_the_corpus_link_outlets_and_never_cross_provinces()
    {
        if (!Sitrep.Recognition.Places.Gazetteer.Gazetteer.IsAvailable)
            Assert.Skip("The world gazetteer is not built; run scripts/build-gazetteer.sh.");
        string corpus = TestPaths.SharedFile("corpora/fa-kes/dev.csv");
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "fakes.db");
        Assert.Equal(0, CliRun.Invoke("ingest", corpus, "--db", db, "--columns", "text=article_content,title=article_title,id=unit_id,source=source").ExitCode);

        var run = CliRun.Invoke("incidents", "--db", db, "--min-sources", "2", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var incidents = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(incidents);
        Assert.All(incidents, i => Assert.True(i.GetProperty("corroboration").GetInt32() >= 2));
        var events = CliRun.Invoke("events", "--db", db, "--format", "json").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("event_id").GetInt64());
        foreach (var incident in incidents)
        {
            var provinces = incident.GetProperty("events").EnumerateArray().Select(id => events[id.GetInt64()].GetProperty("admin1").GetString()).Distinct().ToList();
            Assert.Single(provinces);
        }
        // The 2013 chemical attack near Damascus is reported by several outlets and linked.
        Assert.Contains(incidents, i => i.GetProperty("root").GetString() == "20" && i.GetProperty("first").GetString()!.StartsWith("2013-08-2", StringComparison.Ordinal)
            && i.GetProperty("corroboration").GetInt32() >= 3);
    }
}
