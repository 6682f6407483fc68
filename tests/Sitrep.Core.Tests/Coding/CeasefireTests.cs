using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class CeasefireTests
{
    [Fact]
    public void A_ceasefire_is_coded_only_when_agreed()
    {
        var article = Analyze("Damascus and Ankara agreed a ceasefire in Azaz. The ceasefire atmosphere was tense.");

        Assert.Equal("057", Single(article, "agreed").Cameo);
        Assert.Single(article.Events);
    }

    [Fact]
    public void A_truce_announced_by_one_side_is_a_declared_ceasefire()
    {
        var e = Single(Analyze("A three-day truce in Azaz announced by Turkey on Friday did not hold."), "truce");

        Assert.Equal("0871", e.Cameo);
        Assert.Equal(["TURGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void A_truce_brokered_a_few_words_after_its_noun_is_made_by_the_brokers()
    {
        var e = Single(Analyze("The truce in Azaz was brokered by Turkey and the United States."), "truce");

        Assert.Equal(["TURGOV", "USAGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void A_deal_agreed_at_sponsored_talks_is_made_by_the_sponsors_and_so_are_the_talks()
    {
        var article = Analyze("The zone around Azaz was agreed at peace talks in Geneva sponsored by opposition backer Turkey and government supporter Iraq.");

        Assert.Equal(["IRQGOV", "TURGOV"], Codes(Single(article, "agreed").Actor1).Order());
        Assert.Equal(["IRQGOV", "TURGOV"], Codes(Single(article, "talks").Actor1).Order());
    }

    [Fact]
    public void A_truce_one_side_declares_is_a_declared_ceasefire()
    {
        var e = Single(Analyze("The Turkish army declared a 48-hour truce in Azaz on Monday."), "truce");

        Assert.Equal("0871", e.Cameo);
        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_truce_foreign_powers_brokered_covers_the_country_not_the_town_of_the_report()
    {
        var article = Analyze("Government forces shelled rebel positions in Aleppo in Syria on Monday. The city had been calm since the truce mediated by the United States and Turkey took effect.");
        var truce = Single(article, "truce");

        Assert.Equal(["TUR", "USA"], truce.Actor1.Select(a => a.Country).Order().ToArray());
        Assert.Equal((PlacePrecision.Country, "SY"), (truce.Place!.Precision!.Value, truce.Place.Country));
    }

    [Fact]
    public void A_truce_of_the_country_s_own_parties_or_for_one_zone_keeps_the_report_s_place()
    {
        var own = Single(Analyze("Government forces shelled rebel positions in Aleppo in Syria on Monday. The city had been calm since the truce that rebels and the government agreed took effect."), "agreed");
        var zone = Single(Analyze("Government forces shelled rebel positions in Aleppo in Syria on Monday. The city had been calm since a safe zone truce mediated by the United States and Turkey took effect."), "truce");

        Assert.Equal("SY.09", own.Place?.Admin1?.Code);
        Assert.Equal("SY.09", zone.Place?.Admin1?.Code);
    }

    [Fact]
    public void A_place_before_a_foreign_brokered_truce_is_something_else_s_but_one_after_it_is_the_truce_s()
    {
        var calm = Single(Analyze("Fighting went on in Syria. Aleppo had been calm for days after the truce mediated by the United States and Turkey came into effect."), "truce");
        var local = Single(Analyze("Fighting went on in Syria. A two-day truce in Aleppo announced by Turkey on Thursday has had little effect."), "truce");

        Assert.Equal(PlacePrecision.Country, calm.Place?.Precision);
        Assert.Equal("SY.09", local.Place?.Admin1?.Code);
    }

    [Fact]
    public void A_nationwide_truce_is_placed_at_the_country_whoever_joins_it()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. Two rebel groups agreed to join the nationwide ceasefire between the government and the opposition."), "agreed");

        Assert.Equal((PlacePrecision.Country, "SY"), (e.Place!.Precision!.Value, e.Place.Country));
    }

    [Fact]
    public void Forces_that_halt_or_stop_their_own_strikes_de_escalate()
    {
        var halted = Single(Analyze("Fighting went on near Azaz in Syria. Turkish jets halted airstrikes on Azaz on Tuesday for a 48-hour pause."), "airstrikes");

        Assert.Equal(("087", "RETREAT"), (halted.Cameo, halted.Plover));
        Assert.Equal(["TURMIL"], Codes(halted.Actor1));
    }

    [Fact]
    public void A_truce_s_makers_stand_in_a_relative_clause_even_without_its_pronoun()
    {
        var e = Single(Analyze("Rebels shelled Aleppo in Syria on Monday. The city had been calm since the truce the United States and Turkey brokered took effect."), "truce");

        Assert.Equal(["TUR", "USA"], e.Actor1.Select(a => a.Country).Order().ToArray());
    }

    [Fact]
    public void A_truce_brokered_by_a_country_and_the_United_States_is_made_by_both()
    {
        var e = Single(Analyze("Rebels shelled Aleppo in Syria on Monday. A truce brokered by Turkey and the United States in March had ended."), "truce");

        Assert.Equal(["TUR", "USA"], e.Actor1.Select(a => a.Country).Order().ToArray());
    }

    [Fact]
    public void A_deal_or_de_escalation_zone_with_no_subject_is_made_by_the_parties_between_names()
    {
        var article = Analyze("Rebels shelled Aleppo in Syria on Monday. Azaz lies in a de-escalation zone, set up by a deal last spring between Turkey and its ally Iraq.");

        var deal = Single(article, "deal");
        Assert.Equal(["IRQ", "TUR"], deal.Actor1.Select(a => a.Country).Order().ToArray());
        Assert.Empty(deal.Actor2);
    }

    [Fact]
    public void A_humanitarian_pause_one_side_declares_is_a_ceasefire_it_declares()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. Turkey declared a three-hour humanitarian pause near Azaz on Thursday."), "humanitarian pause");

        Assert.Equal(("0871", "RETREAT"), (e.Cameo, e.Plover));
        Assert.Equal(["TURGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void Holding_off_on_raids_is_a_pause_not_a_raid()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. Ankara said it would hold off on air raids near Azaz."), "air raids");

        Assert.Equal("087", e.Cameo);
    }

    [Theory]
    [InlineData("Rebels say the army violates the truce near Azaz every night.", "violates")]
    [InlineData("The Turkish army breached the ceasefire in Azaz on Monday, rebels said.", "breached")]
    [InlineData("Rebels said the Turkish army broke the truce near Azaz.", "broke the truce")]
    public void Every_form_of_breaking_a_truce_is_a_violation(string text, string trigger)
    {
        var e = Single(Analyze(text), trigger);

        Assert.Equal("196", e.Cameo);
    }

    [Fact]
    public void Breaching_a_siege_is_no_ceasefire_violation()
    {
        var article = Analyze("Rebels breached the army's lines near Azaz on Monday.");

        Assert.DoesNotContain(article.Events, e => e.Cameo == "196");
    }

    [Fact]
    public void A_breach_named_before_its_clause_is_that_clause_s_act()
    {
        var article = Analyze("The army shelled Damascus on Sunday. In yet another breach of the truce, the Turkish army shelled Azaz on Monday.");
        var breach = Single(article, "breach");

        Assert.Equal(["TURMIL"], Codes(breach.Actor1));
        Assert.Empty(breach.Actor2);
        Assert.Equal("Azaz", breach.Place!.Name);
    }
}
