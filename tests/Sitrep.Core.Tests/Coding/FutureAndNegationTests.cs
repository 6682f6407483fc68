using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class FutureAndNegationTests
{
    [Fact]
    public void Future_and_intent_are_planned_and_negation_is_negated()
    {
        var article = Analyze("More troops will be sent to Azaz. The army did not withdraw from Azaz.");

        Assert.Equal(Modality.Planned, Single(article, "be sent").Modality);
        Assert.Null(Single(article, "be sent").Date);
        Assert.Equal(("0874", Modality.Negated), (Single(article, "withdraw").Cameo, Single(article, "withdraw").Modality));
    }

    [Fact]
    public void A_plotted_attack_is_planned_and_took_no_lives()
    {
        var article = Analyze("Turkish jets killed 20 militants plotting attacks in Azaz.");

        Assert.Equal(Modality.Planned, Single(article, "attacks").Modality);
        // The killing is the jets' own act, not the toll of the plotted attacks.
        var killing = Single(article, "killed");
        Assert.Equal((Modality.Asserted, "TURMIL"), (killing.Modality, string.Join(",", Codes(killing.Actor1))));
        Assert.Equal(Modality.Planned, Single(Analyze("The Syrian army is preparing a major offensive on Azaz."), "offensive").Modality);
    }

    [Fact]
    public void An_act_approved_is_planned_but_a_deal_approved_is_made()
    {
        Assert.Equal(Modality.Planned, Single(Analyze("Turkey's parliament approved sending troops to Azaz."), "sending").Modality);
        Assert.Equal(Modality.Asserted, Single(Analyze("Turkey's parliament approved the deal with Iraq on Azaz."), "deal").Modality);
    }

    [Fact]
    public void An_act_inside_a_yes_no_question_is_hypothetical_but_a_wh_question_presumes_its_act()
    {
        var article = Analyze("Does the pause mean a plan to liberate Azaz? Or is it a chance to shell the rebels? Who shelled Aleppo on Sunday?");

        Assert.Equal(Modality.Hypothetical, Single(article, "liberate").Modality);
        Assert.Equal(Modality.Hypothetical, article.Events.Single(e => e.Trigger == "shell").Modality);
        Assert.Equal(Modality.Asserted, Single(article, "shelled").Modality);
    }

    [Fact]
    public void An_act_under_a_condition_is_hypothetical_but_an_act_whose_agent_alone_is_in_doubt_is_reported()
    {
        var conditional = Analyze("Shelling went on in Azaz. He said that if the residents were able to leave, few would stay. Even if the army attacked, nobody would go.");
        var agent = Analyze("Shelling went on in Azaz. The monitor could not say if the raid on the market near Azaz was carried out by Turkish or Syrian jets.");

        Assert.Equal(Modality.Hypothetical, Single(conditional, "were able to leave").Modality);
        Assert.NotEqual(Modality.Hypothetical, Single(conditional, "attacked").Modality);
        Assert.Equal(Modality.Claimed, Single(agent, "raid").Modality);
    }

    [Fact]
    public void A_negated_condition_is_hypothetical_not_an_act_undone()
    {
        var article = Analyze("Turkey warned the rebels it would shell Azaz if they did not withdraw from the town. The rebels did not withdraw from Aleppo.");

        var withdrawals = article.Events.Where(e => e.Trigger == "withdraw").OrderBy(e => e.Span.Start).ToList();

        Assert.Equal([Modality.Hypothetical, Modality.Negated], withdrawals.Select(e => e.Modality));
    }

    [Fact]
    public void A_gerund_after_to_is_no_infinitive()
    {
        var e = Single(Analyze("Shelling went on in Azaz. The gunmen mined the roads out of the town in addition to killing nine farmers."), "killing");

        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void A_right_to_strike_is_no_strike()
    {
        var e = Single(Analyze("The Turkish government said it keeps the right to bomb militants near Azaz."), "bomb");

        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void Attacks_someone_is_prepared_for_have_not_happened()
    {
        var e = Single(Analyze("Turkish troops near Azaz are well-prepared for night attacks."), "attacks");

        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void An_attack_a_town_braces_for_or_fears_has_not_happened()
    {
        var braced = Single(Analyze("Fighting went on in Aleppo in Syria. Rebel-held parts of Azaz brace for renewed bombardment."), "bombardment");
        var after = Single(Analyze("Fighting went on in Aleppo in Syria. Residents fled in fear after troops shelled Azaz."), "shelled");

        Assert.Equal(Modality.Hypothetical, braced.Modality);
        Assert.Equal(Modality.Asserted, after.Modality);
    }

    [Fact]
    public void An_act_inside_an_indirect_question_about_method_is_not_reported()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. The monitor says it determines whose jets carry out raids by their flight patterns."), "raids");

        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void A_meeting_someone_calls_for_has_not_happened()
    {
        var e = Single(Analyze("Ankara called for an urgent Arab League meeting on Azaz."), "meeting");

        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void A_past_participle_after_to_is_no_plan()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. The UN sent food to besieged Azaz on Monday."), "besieged");

        Assert.NotEqual(Modality.Planned, e.Modality);
    }

    [Fact]
    public void Any_strike_by_a_named_state_is_hypothetical()
    {
        var e = Single(Analyze("Iraq warned against any Turkish strike on Azaz."), "strike");

        Assert.Equal(Modality.Hypothetical, e.Modality);
    }

    [Fact]
    public void What_a_party_agrees_to_allow_has_not_happened_yet_unless_it_managed_to()
    {
        Assert.Equal(Modality.Planned, Single(Analyze("The army agreed to allow aid convoys into Azaz on Monday."), "aid convoys").Modality);
        Assert.Equal(Modality.Asserted, Single(Analyze("The army managed to allow aid convoys into Azaz on Monday."), "aid convoys").Modality);
    }

    [Theory]
    [InlineData("Turkey vetoed a resolution condemning the shelling of Azaz.")]
    [InlineData("The UN failed to agree on a draft condemning the shelling of Azaz.")]
    public void What_a_vetoed_or_failed_document_would_have_said_is_negated(string sentence)
    {
        Assert.All(Analyze(sentence).Events.Where(e => e.Cameo == "111"), e => Assert.Equal(Modality.Negated, e.Modality));
        Assert.Contains(Analyze(sentence).Events, e => e.Cameo == "111");
    }
    [Theory]
    [InlineData("Rebels will launch an offensive on Azaz next week.", "offensive")]
    [InlineData("The army said it would mount a new assault on Azaz.", "assault")]
    public void An_act_that_will_be_launched_is_planned(string sentence, string trigger)
    {
        Assert.Equal(Sitrep.Model.Modality.Planned, Single(Analyze(sentence), trigger).Modality);
    }
}
