using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class EmbeddedEventTests
{
    [Fact]
    public void A_condemnation_of_a_move_to_occupy_gives_both_events()
    {
        var article = Analyze("Damascus condemned the Takfiri terrorists' move to occupy Azaz.");

        var condemnation = Single(article, "condemned");
        Assert.Equal(("111", "ACCUSE"), (condemnation.Cameo, condemnation.Plover));
        Assert.Equal(["SYRGOV"], Codes(condemnation.Actor1));
        var occupation = Single(article, "occupy");
        Assert.Equal(("192", Modality.Asserted), (occupation.Cameo, occupation.Modality));
        Assert.Equal(["SYRREB"], Codes(occupation.Actor1));
    }

    [Fact]
    public void Chemical_weapon_use_blamed_on_a_side_is_its_act_by_the_accuser_s_claim_and_the_accuser_is_no_target()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. The raid answered the suspected chemical weapon use near Azaz, which Ankara blames on the Syrian government."), "chemical weapon use");

        Assert.Equal("2041", e.Cameo);
        Assert.Equal(["SYRGOV"], Codes(e.Actor1));
        Assert.Empty(e.Actor2);
        Assert.Equal(["TURGOV"], Codes(e.ClaimedBy));
    }

    [Fact]
    public void A_ceasefire_violation_someone_is_accused_of_is_their_act_by_the_accuser_s_claim()
    {
        var article = Analyze("Rebels accused the Turkish army of violating the ceasefire near Azaz.");
        var violation = Single(article, "violating");

        Assert.Equal("196", violation.Cameo);
        Assert.Equal(["TURMIL"], Codes(violation.Actor1));
        Assert.Equal(Modality.Claimed, violation.Modality);
        Assert.Equal(["SYRREB"], Codes(violation.ClaimedBy));
    }

    [Fact]
    public void The_government_accused_of_an_act_is_its_alleged_agent()
    {
        var article = Analyze("The opposition accused the government of using chlorine gas in Azaz.");
        var accusation = Assert.Single(article.Events, e => e.Cameo.StartsWith("112", StringComparison.Ordinal));
        var gas = Assert.Single(article.Events, e => e.Root == "20");

        Assert.Equal(["SYRGOV"], Codes(accusation.Actor2));
        Assert.Equal(["SYRGOV"], Codes(gas.Actor1));
        Assert.Equal((Modality.Claimed, "SYRREB"), (gas.Modality, string.Join(",", Codes(gas.ClaimedBy))));
    }

    [Theory]
    [InlineData("Iraq condemned Turkey over the bombing of Azaz.", "condemned")]
    [InlineData("Iraq criticised Turkey for the shelling of Azaz.", "criticised")]
    public void Whom_a_state_condemns_over_an_act_is_its_alleged_agent(string sentence, string criticism)
    {
        var article = Analyze(sentence);
        var act = Assert.Single(article.Events, e => e.Plover == "ASSAULT");

        Assert.Equal(["TURGOV"], Codes(act.Actor1));
        Assert.Equal((Modality.Claimed, "IRQGOV"), (act.Modality, Codes(act.ClaimedBy).Single()));
        Assert.StartsWith("19", act.Cameo);
        Assert.Equal(["TURGOV"], Codes(Single(article, criticism).Actor2));
    }

    [Fact]
    public void An_act_named_after_over_is_a_topic_and_no_envoy_did_it()
    {
        var e = Assert.Single(Analyze("Iraq summoned the Turkish ambassador over the bombing of Azaz.").Events, x => x.Plover == "ASSAULT");

        Assert.Empty(e.Actor1);
    }

    [Theory]
    [InlineData("Turkey accused Iraqi-backed militias of shelling Azaz.")]
    [InlineData("Turkey accused the Iraqi-backed militias of shelling Azaz.")]
    public void An_accused_side_behind_a_compound_modifier_is_still_accused_by_the_accuser(string sentence)
    {
        var act = Single(Analyze(sentence), "shelling");

        Assert.Equal((Modality.Claimed, "TURGOV"), (act.Modality, Codes(act.ClaimedBy).Single()));
    }

    [Theory]
    [InlineData("Turkey condemned the killing of three soldiers in Azaz by Kurdish militants.", "SYRREB")]
    [InlineData("Turkey condemned the attack on civilians in Azaz.", null)]
    public void A_condemnation_of_an_act_is_aimed_at_who_did_it_never_at_its_victims(string sentence, string? condemned)
    {
        var e = Single(Analyze(sentence), "condemned");

        Assert.Equal(condemned is null ? [] : [condemned], Codes(e.Actor2));
    }
}
