using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Tests.Recognition.Places;

namespace Sitrep.Tests.Coding;

/// <summary>One case per construction, in sentences written for the test; a tiny gazetteer supplies the places.</summary>
public sealed class EventStageTests
{
    private static Article Analyze(string body)
    {
        using var dir = new TempDir();
        var pipeline = SitrepPipeline.CreateBuilder(TinyGazetteer.Build(dir)).Build();
        return pipeline.Process(ArticleText.Compose("t", "Report", body), new AnalysisOptions { PublishedOverride = new DateOnly(2016, 5, 9) });
    }

    private static EventMention Single(Article article, string trigger) => Assert.Single(article.Events, e => e.Trigger == trigger);

    private static string[] Codes(IEnumerable<ActorMention>? actors) => actors?.Select(a => a.Code).Order().ToArray() ?? [];

    [Fact]
    public void Active_voice_gives_source_and_target_place_and_date()
    {
        var e = Single(Analyze("Syrian troops shelled rebels in Azaz on Sunday."), "shelled");

        Assert.Equal(("194", "19", "ASSAULT"), (e.Cameo, e.Root, e.Plover));
        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
        Assert.Equal(["SYRREB"], Codes(e.Actor2));
        Assert.Equal("Azaz", e.Place!.Name);
        Assert.Equal(("2016-05-08", Modality.Asserted), (e.Date.ToString(), e.Modality));
    }

    [Fact]
    public void Passive_voice_swaps_source_and_target()
    {
        var e = Single(Analyze("Rebels near Azaz were heavily bombed by Turkish warplanes."), "bombed");

        Assert.Equal("195", e.Cameo);
        Assert.Equal(["TURMIL"], Codes(e.Actor1));
        Assert.Equal(["SYRREB"], Codes(e.Actor2));
    }

    [Fact]
    public void Coordinated_actors_are_all_sources()
    {
        var e = Single(Analyze("Syrian and Turkish warplanes struck Azaz. The Syrian army alongside Hezbollah fighters regained Azaz in December."), "regained");

        Assert.Equal(["LBNMIL", "SYRMIL"], Codes(e.Actor1));
        Assert.Equal(("192", "2015-12", DatePrecision.Month), (e.Cameo, e.Date.ToString(), e.Date!.Value.Precision));
    }

    [Fact]
    public void A_claim_is_kept_with_who_claims_it()
    {
        var e = Single(Analyze("The FSA claim to have captured Azaz, but government forces say they still hold it."), "captured");

        Assert.Equal(Modality.Claimed, e.Modality);
        Assert.Equal(["SYRREB"], Codes(e.ClaimedBy));
    }

    [Fact]
    public void Reported_speech_is_claimed_by_the_speaker()
    {
        var e = Single(Analyze("“Our warplanes bombed the militants near Azaz in the past hours,” the army said."), "bombed");

        Assert.Equal(Modality.Claimed, e.Modality);
        Assert.Equal(["SYRMIL"], Codes(e.ClaimedBy));
    }

    [Fact]
    public void Future_and_intent_are_planned_and_negation_is_negated()
    {
        var article = Analyze("More troops will be sent to Azaz. The army did not withdraw from Azaz.");

        Assert.Equal(Modality.Planned, Single(article, "be sent").Modality);
        Assert.Null(Single(article, "be sent").Date);
        Assert.Equal(("0874", Modality.Negated), (Single(article, "withdraw").Cameo, Single(article, "withdraw").Modality));
    }

    [Fact]
    public void A_killing_adds_its_toll_to_the_attack_of_its_sentence()
    {
        var article = Analyze("A suicide bombing killed 16 people in Azaz. Seventy-six fighters were killed in clashes near Azaz.");

        var bombing = Single(article, "suicide bombing");
        Assert.Equal(("1831", 16), (bombing.Cameo, bombing.Fatalities));
        Assert.Equal(76, Single(article, "clashes").Fatalities);
        Assert.DoesNotContain(article.Events, e => e.Trigger == "killed");
    }

    [Fact]
    public void A_ceasefire_is_coded_only_when_agreed()
    {
        var article = Analyze("Damascus and Ankara agreed a ceasefire in Azaz. The ceasefire atmosphere was tense.");

        Assert.Equal("0871", Single(article, "agreed").Cameo);
        Assert.Single(article.Events);
    }
}
