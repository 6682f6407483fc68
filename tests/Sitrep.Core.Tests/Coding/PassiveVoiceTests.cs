using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class PassiveVoiceTests
{
    [Fact]
    public void Passive_voice_swaps_source_and_target()
    {
        var e = Single(Analyze("Rebels near Azaz were heavily bombed by Turkish warplanes."), "bombed");

        Assert.Equal("195", e.Cameo);
        Assert.Equal(["TURMIL"], Codes(e.Actor1));
        Assert.Equal(["SYRREB"], Codes(e.Actor2));
    }

    [Fact]
    public void Those_killed_without_a_named_agent_are_victims_not_agents()
    {
        var e = Single(Analyze("Ten rebels were killed near Azaz on Sunday."), "killed");
        Assert.Empty(e.Actor1);
        Assert.Equal(["SYRREB"], Codes(e.Actor2));

        // A headline drops the auxiliary: the participle is followed by a preposition, not an object.
        var h = Single(Analyze("Fifty rebels killed in Azaz"), "killed");
        Assert.Empty(h.Actor1);
        Assert.Equal(["SYRREB"], Codes(h.Actor2));

        // "among the dead"
        var d = Single(Analyze("Five rebels were among the dead in Azaz."), "dead");
        Assert.Empty(d.Actor1);
    }

    [Fact]
    public void An_active_killing_keeps_its_agent()
    {
        var e = Single(Analyze("Rebels killed ten soldiers near Azaz."), "killed");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void A_condemnation_in_the_passive_without_agent_has_no_source()
    {
        var e = Single(Analyze("Syrian rebels were condemned on Friday in a resolution."), "condemned");

        Assert.Empty(e.Actor1);
        Assert.Equal(["SYRREB"], Codes(e.Actor2));
    }

    [Fact]
    public void Forces_dispatched_to_a_front_are_the_mobilising_side_s_own()
    {
        var e = Single(Analyze("Thousands of troops were dispatched to Azaz."), "dispatched");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void Under_attack_by_names_the_agent_and_the_subject_suffers()
    {
        var e = Single(Analyze("Islamic State fighters are under attack around their bases near Azaz by Russian-backed government forces."), "attack");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
        Assert.Equal(["INS"], Codes(e.Actor2));
    }

    [Fact]
    public void Who_requested_or_condemned_an_act_is_not_its_agent_but_who_carried_it_out_is()
    {
        var requested = Single(Analyze("Fighting went on near Azaz in Syria. That strike near the dam was requested by allied ground units."), "strike");
        var raid = Single(Analyze("Fighting went on near Azaz in Syria. The raid was carried out by Turkish jets."), "raid");

        Assert.Empty(requested.Actor1);
        Assert.Equal(["TURMIL"], Codes(raid.Actor1));
    }

    [Fact]
    public void Those_harmed_in_an_act_named_before_it_are_its_victims_not_its_agents()
    {
        var article = Analyze("A car bomb went off at a checkpoint near Azaz on Sunday. Medics said most of the rebels killed in the attack were young.");

        Assert.All(article.Events, e => Assert.Empty(e.Actor1));
    }

    [Fact]
    public void Those_accused_in_the_passive_are_the_accused_and_the_act_is_theirs_by_the_accuser_s_claim()
    {
        var article = Analyze("Rebels near Azaz were accused by Turkey of shelling the town.");
        var accusation = Single(article, "accused");
        var shelling = Single(article, "shelling");

        Assert.Equal(["TURGOV"], Codes(accusation.Actor1));
        Assert.Equal(["SYRREB"], Codes(accusation.Actor2));
        Assert.Equal(["SYRREB"], Codes(shelling.Actor1));
        Assert.Equal(Modality.Claimed, shelling.Modality);
        Assert.Equal(["TURGOV"], Codes(shelling.ClaimedBy));
    }

    [Fact]
    public void Civilians_killed_in_the_passive_are_the_victims_and_no_agent()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. The monitor said three civilians were killed in Azaz on Monday."), "killed");

        Assert.Empty(e.Actor1);
        Assert.Equal(["SYRCVL"], Codes(e.Actor2));
        Assert.StartsWith("19", e.Cameo);
    }

    [Fact]
    public void Who_reports_a_passive_act_did_not_suffer_it_but_those_said_to_have_suffered_did()
    {
        var shelled = Single(Analyze("Clashes went on in Aleppo. The Turkish army said the town of Azaz was shelled overnight."), "shelled");
        var captured = Single(Analyze("Clashes went on in Aleppo. Rebels said the village of Azaz was captured by the Turkish army."), "captured");
        var killed = Single(Analyze("Clashes went on in Aleppo. Three Turkish soldiers are said to have been killed near Azaz."), "killed");

        Assert.Empty(shelled.Actor2);
        Assert.Equal(["TURMIL"], Codes(captured.Actor1));
        Assert.Empty(captured.Actor2);
        Assert.Equal(["TURMIL"], Codes(killed.Actor2));
        Assert.Equal(Modality.Claimed, killed.Modality);
        Assert.Null(killed.ClaimedBy);
    }

    [Theory]
    [InlineData("Clashes went on in Aleppo. The town of Azaz was shelled on Monday by Turkish troops.", "shelled")]
    [InlineData("Clashes went on in Aleppo. Azaz was captured in 2016 by the Turkish army.", "captured")]
    public void A_time_or_place_may_stand_between_a_passive_and_its_agent(string text, string trigger)
    {
        var e = Single(Analyze(text), trigger);

        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_by_after_another_clause_is_not_the_passive_s_agent()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. The town of Azaz was shelled, and a convoy was stopped by Turkish troops."), "shelled");

        Assert.Empty(e.Actor1);
    }

    [Theory]
    [InlineData("Two soldiers were hurt by a roadside bomb near Azaz.", "bomb", "SYRMIL")]
    [InlineData("Two rebels have been wounded by the blast in Azaz.", "blast", "SYRREB")]
    [InlineData("Two soldiers were killed when their car hit a roadside bomb near Azaz.", "bomb", "SYRMIL")]
    [InlineData("Three rebels were wounded after a car bomb went off in Azaz.", "car bomb", "SYRREB")]
    public void Who_was_killed_or_wounded_in_an_act_named_after_the_verb_is_its_target(string sentence, string trigger, string victims)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Empty(e.Actor1);
        Assert.Equal([victims], Codes(e.Actor2));
    }

    [Fact]
    public void Who_was_killed_when_a_side_attacked_is_the_attack_s_target_and_the_side_its_agent()
    {
        var e = Single(Analyze("Two soldiers were killed when rebels shelled a checkpoint near Azaz."), "shelled");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
        Assert.Equal(["SYRMIL"], Codes(e.Actor2));
    }

    [Fact]
    public void A_state_s_missiles_after_by_are_its_forces_and_missiles_alone_name_no_one()
    {
        var hit = Single(Analyze("Syrian positions near Azaz were hit by Turkish missiles."), "hit");
        var bare = Single(Analyze("The missiles hit Azaz on Monday."), "hit");

        Assert.Equal(["TURMIL"], Codes(hit.Actor1));
        Assert.Equal(["SYRMIL"], Codes(hit.Actor2));
        Assert.Empty(bare.Actor1);
    }

    [Fact]
    public void The_dead_of_one_clause_are_not_the_target_of_a_later_act_in_the_sentence()
    {
        var e = Single(Analyze("Four soldiers were killed in Azaz on Monday and fresh clashes erupted near Aleppo."), "clashes");

        Assert.DoesNotContain(e.Actor2, a => a.Code == "SYRMIL");
    }

    [Theory]
    [InlineData("A Turkish helicopter was shot down by rebels near Azaz.", "shot down", "SYRREB")]
    [InlineData("A Turkish helicopter was shot down near Azaz on Monday.", "shot down", null)]
    public void An_aircraft_shot_down_is_the_target_with_or_without_an_agent(string sentence, string trigger, string? agent)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal(agent is null ? [] : [agent], Codes(e.Actor1));
        Assert.Equal(["TURMIL"], Codes(e.Actor2));
    }
}
