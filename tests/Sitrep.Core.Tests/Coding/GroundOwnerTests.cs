using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// A side named by the ground it holds (data/actors/holdings.tsv): "rebel positions", "a government stronghold".
/// The owner is where the act is aimed, whichever way the sentence runs; only fire coming "from" its ground is its own.
/// </summary>
public sealed class GroundOwnerTests
{
    [Fact]
    public void Positions_struck_name_the_target()
    {
        var e = Single(Analyze("Syrian warplanes bombed rebel positions near Azaz."), "bombed");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
        Assert.Equal(["SYRREB"], Codes(e.Actor2));
    }

    [Fact]
    public void Positions_pounded_in_the_passive_are_still_the_target()
    {
        var e = Single(Analyze("Rebel positions near Azaz were pounded by Turkish artillery."), "pounded");

        Assert.Equal(["TURMIL"], Codes(e.Actor1));
        Assert.Equal(["SYRREB"], Codes(e.Actor2));
    }

    [Fact]
    public void A_stronghold_under_fire_is_the_target_never_the_agent()
    {
        var e = Single(Analyze("A rebel stronghold near Azaz came under heavy shelling on Monday."), "shelling");

        Assert.Empty(e.Actor1);
        Assert.Equal(["SYRREB"], Codes(e.Actor2));
    }

    [Theory]
    [InlineData("Shells fired from rebel positions hit Aleppo.", "Shells")]
    [InlineData("Mortar shells were fired from rebel positions into Azaz on Monday.", "Mortar")]
    [InlineData("Rockets were launched from a jihadist stronghold at Aleppo.", "Rockets")]
    public void Fire_from_a_side_s_positions_is_that_side_s(string sentence, string trigger)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Contains(Assert.Single(e.Actor1).Code, new[] { "SYRREB", "SYRINS" });
        Assert.Empty(e.Actor2);
    }

    [Fact]
    public void Goods_seized_from_a_side_s_hideouts_name_that_side_as_the_target()
    {
        var e = Single(Analyze("Explosives and rifles were seized from rebel hideouts near Azaz, the army said on Monday."), "seized");

        Assert.Empty(e.Actor1);
        Assert.Equal(["SYRREB"], Codes(e.Actor2));
        Assert.Equal(["SYRMIL"], Codes(e.ClaimedBy!));
    }

    [Fact]
    public void A_regime_stronghold_does_not_make_a_bombing_an_air_strike()
    {
        var e = Assert.Single(Analyze("In the regime stronghold of Azaz, a bomb attack killed three people on Monday.").Events);

        Assert.StartsWith("18", e.Cameo);
        Assert.Empty(e.Actor1);
    }

    [Fact]
    public void They_who_act_are_not_the_owner_of_ground_just_named()
    {
        var article = Analyze("The rebels shelled government positions near Azaz. Later they fired rockets at Aleppo.");

        Assert.Equal(["SYRREB"], Codes(Single(article, "rockets").Actor1));
    }

    [Fact]
    public void Insurgent_positions_are_the_rebels_ground()
    {
        var e = Single(Analyze("Turkish jets pounded insurgent positions near Azaz."), "pounded");

        Assert.Equal(["SYRREB"], Codes(e.Actor2));
    }

    [Theory]
    [InlineData("Turkish jets struck Iraqi positions near Azaz.", "struck")]
    [InlineData("Turkish jets bombed Iraqi targets near Azaz.", "bombed")]
    [InlineData("Rebels ambushed an Iraqi convoy near Azaz.", "ambushed")]
    public void A_state_s_demonym_before_ground_or_gear_names_its_forces_as_the_target(string sentence, string trigger)
    {
        Assert.Equal(["IRQMIL"], Codes(Single(Analyze(sentence), trigger).Actor2));
    }

    [Fact]
    public void A_state_s_territory_is_not_its_forces_and_a_role_before_targets_is_a_subject()
    {
        Assert.DoesNotContain(Analyze("Rockets fell on Turkish territory near Azaz.").Actors, a => a.Code == "TURMIL");
        var e = Single(Analyze("The regime targets civilians in Azaz with air strikes."), "air strikes");
        Assert.DoesNotContain(e.Actor2, a => a.Role == "GOV");
    }
}
