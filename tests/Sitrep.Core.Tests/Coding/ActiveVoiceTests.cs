using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class ActiveVoiceTests
{
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

    [Theory]
    [InlineData("Rebels fighting to topple President Bashar al-Assad shelled Azaz on Monday.", "shelled", "SYRREB")]
    [InlineData("Rebels who oppose the Syrian government shelled Azaz on Monday.", "shelled", "SYRREB")]
    [InlineData("Turkey, which backs the rebels, shelled Azaz on Monday.", "shelled", "TURGOV")]
    [InlineData("Rebels seeking to oust Assad regularly carry out rocket attacks on Azaz.", "rocket", "SYRREB")]
    public void Whom_the_subject_s_modifier_names_is_not_the_subject(string sentence, string trigger, string agent)
    {
        Assert.Equal([agent], Codes(Single(Analyze(sentence), trigger).Actor1));
    }

    [Fact]
    public void A_participle_that_is_the_act_itself_is_done_by_the_actor_it_follows()
    {
        // The rebels fight; the state that supports them does not.
        var e = Single(Analyze("Turkey, which supports rebels fighting the Syrian army near Azaz, closed the border."), "fighting");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void Wresting_control_of_a_place_is_taking_it()
    {
        var e = Single(Analyze("Syrian troops wrested control of Azaz on Sunday."), "wrested control");

        Assert.Equal("192", e.Cameo);
        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void A_headline_verb_s_object_keeps_its_own_by_agent()
    {
        var article = AnalyzeTitled("Opposition Coalition Condemns Deadly Raid by Turkish Air Force on Azaz", "Fighting went on in Aleppo in Syria.");
        var condemns = Single(article, "Condemns");

        Assert.Equal("SYR", Assert.Single(condemns.Actor1).Country);
        Assert.Equal(["TURMIL"], Codes(condemns.Actor2));
    }

    [Fact]
    public void A_town_freed_of_fighters_is_their_yielding_not_its_people_releasing_anyone()
    {
        var e = Single(Analyze("Mines killed 12 civilians in Azaz, a town freed of Islamic State fighters in August."), "freed");

        Assert.Equal(["INS"], Codes(e.Actor1));
        Assert.Empty(e.Actor2);
    }

    [Fact]
    public void Who_protested_in_a_town_protested_it_is_no_reduced_passive()
    {
        var e = Single(Analyze("Rebels protested in Azaz on Friday."), "protested");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
        Assert.Empty(e.Actor2);
    }
    [Theory]
    [InlineData("Families left Azaz as government forces advanced.", "advanced", "SYRMIL")]
    [InlineData("Shops closed in Azaz after rebels attacked.", "attacked", "SYRREB")]
    [InlineData("Roads emptied in Azaz while the rebels shelled.", "shelled", "SYRREB")]
    public void A_participle_ending_a_clause_its_conjunction_opens_is_active(string sentence, string trigger, string agent)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal([agent], Codes(e.Actor1));
        Assert.Empty(e.Actor2);
    }

    [Fact]
    public void A_toll_ending_a_sentence_is_still_a_reduced_passive()
    {
        var e = Single(Analyze("Rockets hit Azaz. The rebels said three soldiers killed."), "killed");

        Assert.Empty(e.Actor1);
        Assert.Equal(["SYRMIL"], Codes(e.Actor2));
    }
    [Theory]
    [InlineData("Turkish-backed rebels and Kurdish fighters clashed near Azaz on Monday.", "clashed", new[] { "SYRREB", "SYRREB" })]
    [InlineData("Government troops advanced near Azaz on Monday.", "advanced", new[] { "SYRMIL" })]
    public void A_verb_no_one_undergoes_has_no_reduced_passive(string sentence, string trigger, string[] agents)
    {
        var e = Single(Analyze(sentence), trigger);

        Assert.Equal(agents, Codes(e.Actor1));
        Assert.Empty(e.Actor2);
    }
}
