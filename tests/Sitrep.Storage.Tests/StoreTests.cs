using Sitrep.Aggregation;
using Sitrep.Output;
using static Sitrep.Storage.Tests.StoreHarness;

namespace Sitrep.Storage.Tests;

/// <summary>The same suite on both backends: SQLite and a real PostgreSQL server.</summary>
public sealed class StoreTests
{
    private const string AleppoStory = "Syrian troops shelled rebels in Azaz on Sunday. Takfiri terrorists attacked the town of Azaz.";
    private const string DamascusStory = "Turkish airstrikes hit Damascus on Wednesday, the monitor said.";

    private static (long Aleppo, long Damascus) AddTwo(IEventStore store)
    {
        long a = store.Add(Analyze("aleppo-1", AleppoStory, "2016-05-09", "sana"), "{}")!.Value;
        long d = store.Add(Analyze("damascus-1", DamascusStory, "2016-06-02", "reuters"), "{}")!.Value;
        return (a, d);
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void An_article_is_stored_once_by_its_content(string backend)
    {
        using var harness = Create(backend);
        using var store = harness.Open();
        var article = Analyze("a", AleppoStory, "2016-05-09", "sana");

        long? first = store.Add(article, ArticleJsonWriter.ToJson(article));
        long? again = store.Add(Analyze("other-id", AleppoStory, "2016-05-09", "other"), "{}");

        Assert.NotNull(first);
        Assert.Null(again);
        Assert.Equal(1, store.ArticleCount());
        Assert.Equal(article.Events.Count, store.EventCount());
        Assert.True(store.Contains(ContentHash.Of(article)));
        var stored = store.GetArticle(first!.Value)!;
        Assert.Equal((article.Text, "sana", "a"), (stored.Text, stored.Source, stored.Key));
        Assert.Contains("\"events\"", stored.AnalysisJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void An_analysis_compressed_on_the_worker_reads_back_as_the_articles_json(string backend)
    {
        using var harness = Create(backend);
        using var store = harness.Open();
        var article = Analyze("a", AleppoStory + " Residents of Manbij – “the town” – fled.", "2016-05-09", "sana");

        long id = store.Add(article, AnalysisBlob.Of(article))!.Value;
        // The per-thread buffer is reused: a second, shorter article must not carry the first's tail.
        var shorter = Analyze("b", DamascusStory, "2016-06-02", "reuters");
        long second = store.Add(shorter, AnalysisBlob.Of(shorter))!.Value;

        Assert.Equal(ArticleJsonWriter.ToJson(article), store.GetArticle(id)!.AnalysisJson);
        Assert.Equal(ArticleJsonWriter.ToJson(shorter), store.GetArticle(second)!.AnalysisJson);
        Assert.Equal(article.Events.Count + shorter.Events.Count, store.EventCount());
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void A_scratch_store_works_like_any_other_and_leaves_nothing_behind(string backend)
    {
        using var harness = Create(backend);
        string? server = backend == "postgres" ? harness.Db : null;
        string? description = null;
        var article = Analyze("a", AleppoStory, "2016-05-09", "sana");

        EventStore.WithScratchStore(server, store =>
        {
            description = store.Description;
            Assert.NotNull(store.Add(article, "{}"));
            Assert.Equal(article.Events.Count, store.EventCount());
        });

        if (backend == "sqlite")
        {
            string file = description!["sqlite:".Length..];
            Assert.False(File.Exists(file), file);
        }
        else
        {
            Assert.Equal(0, harness.CountSchemas("sitrep_scratch_%"));
            // The database's own tables were never touched.
            using var own = harness.Open();
            Assert.Equal(0, own.ArticleCount());
        }
    }

    [Fact]
    public void A_scratch_store_on_an_unreachable_server_fails_with_the_server_named()
    {
        var failure = Assert.Throws<StoreException>(() => EventStore.WithScratchStore("postgres://nobody@127.0.0.1:1/none", _ => Assert.Fail("never opened")));

        Assert.Contains("127.0.0.1:1", failure.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void Events_round_trip_with_actors_places_dates_and_evidence(string backend)
    {
        using var harness = Create(backend);
        using var store = harness.Open();
        AddTwo(store);

        var shelled = Assert.Single(store.Events(EventFilter.All), e => e.TriggerWord == "shelled");

        Assert.Equal(("194", "19", "ASSAULT"), (shelled.Cameo, shelled.Root, shelled.Plover));
        Assert.Equal(["SYRMIL"], shelled.Actor1Codes);
        Assert.Equal(["SYRREB"], shelled.Actor2Codes);
        Assert.Equal(("Azaz", "SY", "SY.09", "locality"), (shelled.PlaceName, shelled.Country, shelled.Admin1, shelled.PlacePrecision));
        Assert.Equal(("2016-05-08", "day", "Sunday"), (shelled.DateFirst, shelled.DatePrecision, shelled.DateText));
        Assert.Equal(("sana", "aleppo-1", "asserted"), (shelled.Source, shelled.ArticleKey, shelled.Modality));
        Assert.StartsWith("Syrian troops shelled", shelled.Evidence, StringComparison.Ordinal);
        Assert.NotNull(shelled.Lat);
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void Every_filter_narrows_the_events(string backend)
    {
        using var harness = Create(backend);
        using var store = harness.Open();
        AddTwo(store);
        int Count(EventFilter f) => store.Events(f).Count;
        int all = Count(EventFilter.All);

        Assert.True(all >= 3);
        Assert.All(store.Events(new EventFilter { From = new DateOnly(2016, 6, 1) }), e => Assert.Equal("reuters", e.Source));
        Assert.All(store.Events(new EventFilter { To = new DateOnly(2016, 5, 31) }), e => Assert.Equal("sana", e.Source));
        Assert.All(store.Events(new EventFilter { Admin1 = "sy.13" }), e => Assert.Equal("SY.13", e.Admin1));
        Assert.NotEmpty(store.Events(new EventFilter { Admin1 = "SY.13" }));
        Assert.Equal(all, Count(new EventFilter { Country = "sy" }));
        Assert.Equal(0, Count(new EventFilter { Country = "TR" }));
        var turkish = Assert.Single(store.Events(new EventFilter { Actor = "tur" }));
        Assert.Equal(["TURMIL"], turkish.Actor1Codes);
        Assert.NotEmpty(store.Events(new EventFilter { Actor = "SYRREB" }));
        Assert.Equal(Count(new EventFilter { Source = "SANA" }) + Count(new EventFilter { Source = "reuters" }), all);
        Assert.All(store.Events(new EventFilter { Root = "19" }), e => Assert.Equal("19", e.Root));
        Assert.All(store.Events(new EventFilter { Modality = "claimed" }), e => Assert.Equal("claimed", e.Modality));
        Assert.All(store.Events(new EventFilter { Place = "azaz" }), e => Assert.Equal("SY.09", e.Admin1));
        Assert.NotEmpty(store.Events(new EventFilter { Place = "azaz" }));
        // A box around Damascus only.
        Assert.All(store.Events(new EventFilter { BoundingBox = (36.0, 33.3, 36.6, 33.7) }), e => Assert.Equal("SY.13", e.Admin1));
        Assert.Equal(2, Count(new EventFilter { Limit = 2 }));
        Assert.Equal(all, store.CountEvents(new EventFilter { Limit = 2 }));
        Assert.Equal(Count(new EventFilter { Root = "19" }), store.CountEvents(new EventFilter { Root = "19" }));
        Assert.Equal(all - 1, Count(new EventFilter { Limit = 100, Offset = 1 }));
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void Filter_values_are_data_not_sql(string backend)
    {
        using var harness = Create(backend);
        using var store = harness.Open();
        AddTwo(store);

        Assert.Empty(store.Events(new EventFilter { Source = "x' OR '1'='1" }));
        Assert.Empty(store.Events(new EventFilter { Actor = "%' OR 1=1 --" }));
        Assert.Empty(store.Search("\" OR ) NEAR( *", 10));
        Assert.Equal(2, store.ArticleCount());
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void Labels_are_counted_per_outlet_and_actor(string backend)
    {
        using var harness = Create(backend);
        using var store = harness.Open();
        AddTwo(store);

        var label = Assert.Single(store.Labels("sana"));
        Assert.Equal(("sana", "SYRREB", "Takfiri terrorists", "negative", 1L), (label.Source, label.Actor, label.Term, label.Polarity, label.Count));
        Assert.Empty(store.Labels("reuters"));
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void Full_text_search_finds_articles_by_their_words(string backend)
    {
        using var harness = Create(backend);
        using var store = harness.Open();
        var (aleppo, _) = AddTwo(store);

        var hit = Assert.Single(store.Search("shelled rebels", 10));
        Assert.Equal((aleppo, "aleppo-1"), (hit.Id, hit.Key));
        Assert.Contains("shelled", hit.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(store.Search("nonexistentword", 10));
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void Replacing_an_analysis_swaps_events_and_labels(string backend)
    {
        using var harness = Create(backend);
        using var store = harness.Open();
        var (aleppo, _) = AddTwo(store);
        int before = store.EventCount();

        var recoded = Analyze("aleppo-1", "Troops shelled Azaz on Sunday.", "2016-05-09", "sana");
        store.Replace(aleppo, recoded, "{\"recoded\":true}");

        Assert.Equal(2, store.ArticleCount());
        Assert.True(store.EventCount() < before);
        Assert.Empty(store.Labels("sana"));
        Assert.Equal("{\"recoded\":true}", store.GetArticle(aleppo)!.AnalysisJson);
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void Ceasefires_round_trip_and_are_replaced_by_name(string backend)
    {
        using var harness = Create(backend);
        using var store = harness.Open();
        var truce = Ceasefire.Create("Syria truce", ["SYR", "RUS"], ["SY"], "2016-02-27", null, "brokered by the US and Russia", "test");

        store.SaveCeasefire(truce);
        store.SaveCeasefire(truce with { End = new DateOnly(2016, 9, 1) });

        var stored = store.GetCeasefire("syria TRUCE")!;
        Assert.Equal(new DateOnly(2016, 9, 1), stored.End);
        Assert.Equal(["SYR", "RUS"], stored.Parties);
        Assert.Single(store.Ceasefires());
        Assert.Null(store.GetCeasefire("other"));
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void A_write_batch_stores_whole_articles_and_keeps_nothing_if_never_committed(string backend)
    {
        using var harness = Create(backend);
        var a = Analyze("a", AleppoStory, "2016-05-09", "sana");
        var b = Analyze("b", DamascusStory, "2016-06-02", "reuters");
        var c = Analyze("c", "Rebels shelled Azaz on Monday.", "2016-05-10", "afp");
        using (var store = harness.Open())
        {
            using (store.WriteBatch())
            {
                Assert.NotNull(store.Add(a, "{}"));
                Assert.Null(store.Add(Analyze("a-again", AleppoStory, "2016-05-09", "sana"), "{}"));
                Assert.True(store.Contains(ContentHash.Of(a)));
                Assert.NotNull(store.Add(b, "{}"));
            }
            // A process that dies inside a batch: the store goes away with the batch uncommitted.
            store.WriteBatch();
            Assert.NotNull(store.Add(c, "{}"));
        }

        using var check = harness.Open();
        Assert.Equal(2, check.ArticleCount());
        Assert.Equal(a.Events.Count + b.Events.Count, check.EventCount());
        Assert.False(check.Contains(ContentHash.Of(c)));
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void An_article_that_fails_half_written_in_a_batch_is_undone_alone_and_the_batch_goes_on(string backend)
    {
        using var harness = Create(backend);
        var before = Analyze("before", DamascusStory, "2016-06-02", "reuters");
        var failing = Analyze("failing", AleppoStory, "2016-05-09", "sana");
        var after = Analyze("after", "Rebels shelled Azaz on Monday.", "2016-05-10", "afp");
        // The Aleppo story's second event ("attacked") is refused by the database, after its
        // article row and first event were written.
        Assert.Equal(["shelled", "attacked"], failing.Events.Select(e => e.Trigger));
        using (var store = harness.Open())
        {
            harness.RefuseEventsTriggeredBy("attacked");
            using (store.WriteBatch())
            {
                Assert.NotNull(store.Add(before, "{}"));
                Assert.ThrowsAny<Exception>(() => store.Add(failing, "{}"));
                Assert.NotNull(store.Add(after, "{}"));
            }
        }

        using var check = harness.Open();
        Assert.Equal(2, check.ArticleCount());
        Assert.Equal(before.Events.Count + after.Events.Count, check.EventCount());
        Assert.False(check.Contains(ContentHash.Of(failing)));
        Assert.DoesNotContain(check.Events(EventFilter.All), e => e.ArticleKey == "failing");
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void Concurrent_writers_store_each_article_once(string backend)
    {
        using var harness = Create(backend);
        using (harness.Open()) { } // create the schema once, as the first worker would
        var articles = Enumerable.Range(0, 12).Select(i => Analyze($"a{i}", $"Troops shelled Azaz on Sunday, killing {i + 2} people.", "2016-05-09", "sana")).ToList();

        var added = new int[2];
        Parallel.For(0, 2, worker =>
        {
            using var store = harness.Open();
            foreach (var article in worker == 0 ? articles : Enumerable.Reverse(articles))
            {
                if (store.Add(article, "{}") is not null)
                    Interlocked.Increment(ref added[worker]);
            }
        });

        using var check = harness.Open();
        Assert.Equal(12, added[0] + added[1]);
        Assert.Equal(12, check.ArticleCount());
        Assert.Equal(articles.Sum(a => a.Events.Count), check.EventCount());
    }

    [Theory]
    [MemberData(nameof(Backends), MemberType = typeof(StoreHarness))]
    public void Reopening_keeps_everything_and_a_newer_schema_is_refused(string backend)
    {
        using var harness = Create(backend);
        using (var store = harness.Open())
            AddTwo(store);
        using (var store = harness.Open())
        {
            Assert.Equal(2, store.ArticleCount());
            Assert.Equal(2, store.ArticleIndex().Count);
        }
        if (backend == "sqlite")
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + harness.Db + ";Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version VALUES (999)";
            command.ExecuteNonQuery();
        }
        else
        {
            using var connection = new Npgsql.NpgsqlConnection(harness.Db);
            connection.Open();
            using var command = new Npgsql.NpgsqlCommand("INSERT INTO schema_version VALUES (999)", connection);
            command.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(harness.Open);
        Assert.Contains("SIT016", ex.Message, StringComparison.Ordinal);
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }
}

/// <summary>Stores that cannot be opened say which and why.</summary>
public sealed class StoreOpenErrorTests
{
    [Fact]
    public void A_file_that_is_not_a_database_is_named()
    {
        using var dir = new TempDir();
        string path = dir.File("notes.db", "this is a text file, not a database, and it is long enough to have a header");

        var ex = Assert.Throws<StoreException>(() => EventStore.Open(path));

        Assert.Equal(Errors.ErrorCode.StoreFailed, ex.Error.Code);
        Assert.Equal(path, ex.Error.Path);
        Assert.Contains("not a SQLite database", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("this is a text file", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        var ex = Assert.Throws<StoreException>(() => EventStore.Open("/nonexistent/folder/sitrep.db"));

        Assert.Contains("folder does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_is_named_without_its_password()
    {
        var ex = Assert.Throws<StoreException>(() => EventStore.Open("postgres://sitrep:secret@127.0.0.1:1/events?Timeout=2"));

        Assert.Contains("postgresql://127.0.0.1:1/events", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }
}
