using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>Ground taken by driving a side out of it, or lost to a side: CAMEO 192, the taker as actor1.</summary>
public sealed class GroundChangingHandsTests
{
    [Theory]
    [InlineData("Kurdish fighters ousted the militants from the border town of Azaz on Monday.", "ousted", "SYRREB", "SYRREB")]
    [InlineData("Government troops drove the rebels out of Azaz.", "drove", "SYRMIL", "SYRREB")]
    [InlineData("Islamic State was expelled from Azaz by the army.", "expelled", "SYRMIL", "INS")]
    [InlineData("The rebels were pushed out of their positions near Azaz by government troops.", "pushed", "SYRMIL", "SYRREB")]
    public void Driving_a_side_out_of_ground_takes_the_ground(string sentence, string trigger, string taker, string ousted)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal(("192", "ASSAULT", "Azaz"), (e.Cameo, e.Plover, e.Place?.Name));
        Assert.Equal([taker], Codes(e.Actor1));
        Assert.Equal([ousted], Codes(e.Actor2));
    }

    [Theory]
    [InlineData("The army lost control of Azaz to the rebels on Sunday.", "lost control of")]
    [InlineData("The army lost the town to rebels after a week of fighting near Azaz.", "lost")]
    public void Ground_lost_to_a_side_is_that_side_s_capture_from_the_loser(string sentence, string trigger)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal("192", e.Cameo);
        Assert.Equal(["SYRREB"], Codes(e.Actor1));
        Assert.Equal(["SYRMIL"], Codes(e.Actor2));
    }

    [Fact]
    public void Ground_that_fell_into_a_side_s_hands_is_that_side_s()
    {
        var e = Single(Analyze("Azaz fell into the hands of Islamic State on Sunday."), "fell");

        Assert.Equal("192", e.Cameo);
        Assert.Equal(["INS"], Codes(e.Actor1));
        Assert.Empty(e.Actor2);
    }

    [Theory]
    [InlineData("The army lost two soldiers to sniper fire in Azaz.")]
    [InlineData("Turkey expelled three journalists from Turkey last year.")]
    [InlineData("The envoy drove from Azaz to Aleppo on Monday.")]
    [InlineData("Rebels in Azaz pushed for a truce.")]
    [InlineData("The rebels lost their bid to hold talks in Azaz.")]
    public void Losses_expulsions_from_a_country_trips_and_pushes_for_something_take_no_ground(string sentence)
    {
        Assert.DoesNotContain(Analyze(sentence).Events, e => e.Cameo == "192");
    }

    [Fact]
    public void An_ambassador_expelled_is_still_a_sanction()
    {
        var e = Single(Analyze("Turkey expelled the Syrian ambassador from Ankara on Monday."), "expelled");

        Assert.Equal(("161", "SANCTION"), (e.Cameo, e.Plover));
    }

    [Theory]
    [InlineData("Azaz fell under rebel control on Sunday.", "fell", "SYRREB")]
    [InlineData("Azaz came under government control last week.", "came under", "SYRGOV")]
    [InlineData("Azaz came under the control of Islamic State in 2014.", "came under", "INS")]
    public void Ground_that_came_or_fell_under_a_side_s_control_is_that_side_s(string sentence, string trigger, string taker)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal("192", e.Cameo);
        Assert.Equal([taker], Codes(e.Actor1));
        Assert.Empty(e.Actor2);
    }

    [Fact]
    public void Coming_under_fire_is_the_fire_not_a_change_of_hands()
    {
        var article = Analyze("A convoy came under fire near Azaz on Sunday.");

        Assert.DoesNotContain(article.Events, e => e.Cameo == "192");
        Assert.Contains(article.Events, e => e.Root == "19" && e.Trigger == "fire");
    }

    [Fact]
    public void Bombed_ground_under_a_side_s_control_aims_at_that_side()
    {
        var e = Single(Analyze("Jets bombed areas under rebel control in Aleppo on Sunday."), "bombed");

        Assert.Equal(["SYRREB"], Codes(e.Actor2));
    }
}
