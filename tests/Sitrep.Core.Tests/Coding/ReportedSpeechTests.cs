using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class ReportedSpeechTests
{
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
    public void Contested_control_claims_are_kept_side_by_side()
    {
        var article = Analyze("Rebels claim to have captured Azaz, but the army says it is still in control of Azaz.");

        var capture = Single(article, "captured");
        var hold = Single(article, "still in control");
        Assert.Equal(("192", Modality.Claimed), (capture.Cameo, capture.Modality));
        Assert.Equal(["SYRREB"], Codes(capture.ClaimedBy));
        Assert.Empty(capture.Actor2);
        Assert.Equal(("192", Modality.Claimed), (hold.Cameo, hold.Modality));
        Assert.Equal(["SYRMIL"], Codes(hold.ClaimedBy));
        Assert.Equal("Azaz", hold.Place!.Name);
    }

    [Fact]
    public void An_attack_blamed_on_someone_is_theirs_by_the_accuser_s_claim()
    {
        var e = Single(Analyze("Turkish jets struck Azaz after the gas attack that Ankara has blamed on Syrian troops."), "gas attack");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
        Assert.Equal(Modality.Claimed, e.Modality);
        Assert.Equal(["TURGOV"], Codes(e.ClaimedBy));
    }

    [Fact]
    public void Saying_someone_was_responsible_accuses_them_even_when_the_speaker_is_not_coded()
    {
        var e = Single(Analyze("A gas attack killed dozens in Azaz. Several embassies said the Turkish army was responsible for the attack."), "responsible for");

        Assert.Equal(("112", "TURMIL"), (e.Cameo, Assert.Single(e.Actor2).Code));
        Assert.Empty(e.Actor1);
        Assert.DoesNotContain(Analyze("A gas attack killed dozens in Azaz. The group responsible for the attack fled.").Events, x => x.Cameo == "112");
        var bears = Single(Analyze("A gas attack killed dozens in Azaz. The Iraqi envoy said on Monday the army of Turkey bears full responsibility for it."), "bears full responsibility");
        Assert.Equal(("IRQGOV", "TURMIL"), (Assert.Single(bears.Actor1).Code, Assert.Single(bears.Actor2).Code));
    }

    [Fact]
    public void A_participle_tacked_onto_a_condemnation_is_the_condemner_s()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. Ankara's foreign ministry denounced the killings committed by the army on Sunday, calling on the world to act."), "calling on");

        Assert.Equal(["TURGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void Calling_an_act_a_crime_in_a_participle_after_a_condemnation_is_the_condemner_s()
    {
        var article = Analyze("Clashes went on in Aleppo. The Syrian Coalition denounced the raids by Turkish jets on Azaz, describing them as a brutal massacre and a war crime.");

        Assert.Equal(["SYROPP"], Codes(Single(article, "war crime").Actor1));
    }

    [Fact]
    public void A_condemnation_placed_only_in_the_country_goes_where_the_condemned_act_is()
    {
        var article = Analyze("Army shelling killed 20 people in Azaz, north of Aleppo, on Sunday. Ankara's foreign ministry condemned the army's shelling, calling on the world to act in Syria.");

        Assert.Equal("SY.09", Single(article, "condemned").Place?.Admin1?.Code);
    }

    [Fact]
    public void A_speaker_inside_a_relative_clause_vouches_for_the_act_of_its_antecedent()
    {
        var e = Single(Analyze("Clashes went on in Aleppo. Turkish artillery hit rebels near Azaz who Ankara says launched rockets at its outposts."), "rockets");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
        Assert.Equal(Modality.Claimed, e.Modality);
        Assert.Equal(["TURGOV"], Codes(e.ClaimedBy));
    }

    [Fact]
    public void An_opening_participial_phrase_s_subject_is_the_speaker_of_the_main_clause()
    {
        var meeting = Single(Analyze("Speaking in Ankara after meeting the Iraqi foreign minister, the Turkish minister said aid would flow to Azaz."), "meeting");
        var shelling = Single(Analyze("Shelling by the army killed five in Azaz, the monitor said."), "Shelling");

        Assert.Equal(["TURGOV"], Codes(meeting.Actor1));
        Assert.Equal(["IRQGOV"], Codes(meeting.Actor2));
        Assert.DoesNotContain(shelling.Actor2, a => a.Text == "monitor");
    }

    [Fact]
    public void A_monitor_naming_who_did_an_act_attributes_it_and_accuses_no_one()
    {
        var monitor = Analyze("Shelling killed five in Azaz, the Observatory said on Monday, blaming the army.");
        var dated = Analyze("Shelling killed five in Azaz, the Observatory said Monday blaming the army.");
        var side = Analyze("Shelling killed five in Azaz. The opposition blamed the army for the shelling.");

        Assert.DoesNotContain(monitor.Events, e => e.Root == "11");
        Assert.DoesNotContain(dated.Events, e => e.Root == "11");
        Assert.Contains(side.Events, e => e.Root == "11" && Codes(e.Actor1).SequenceEqual(["SYRREB"]));
    }
    [Fact]
    public void A_speaker_set_against_another_reports_what_follows_its_own_verb()
    {
        var army = Single(Analyze("The rebels say they still hold Azaz, while the army says it has taken the town."), "taken");
        var reporter = Single(Analyze("The rebels say they hold Azaz, but a reporter there says troops have taken the town."), "taken");

        Assert.Equal(Modality.Claimed, army.Modality);
        Assert.Equal(["SYRMIL"], Codes(army.ClaimedBy!));
        Assert.Equal(Modality.Claimed, reporter.Modality);
        Assert.Null(reporter.ClaimedBy);
    }

    [Fact]
    public void A_speaker_after_a_contrast_does_not_vouch_for_the_clause_before_it()
    {
        var e = Single(Analyze("Rebels shelled Azaz on Monday, while the army says it has taken the town."), "shelled");

        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Null(e.ClaimedBy);
    }
    [Fact]
    public void An_unresolved_he_after_the_act_speaks_and_the_actor_just_before_it_does_not()
    {
        var e = Single(Analyze("Jets pounded the hideouts of the terrorists in Azaz he added."), "pounded");

        Assert.Equal(Modality.Claimed, e.Modality);
        Assert.Null(e.ClaimedBy);
    }

    [Fact]
    public void A_speaker_after_its_verb_speaks_and_the_victims_before_the_verb_stay_victims()
    {
        var e = Single(Analyze("Jets killed 12 civilians near Azaz on Sunday says a Britain-based monitoring group."), "killed");

        Assert.Equal(Modality.Claimed, e.Modality);
        Assert.Equal(["NGO"], Codes(e.ClaimedBy));
        Assert.Equal(["SYRCVL"], Codes(e.Actor2));
    }

    [Fact]
    public void Of_actors_before_a_trailing_verb_with_no_comma_the_nearest_speaks()
    {
        var e = Single(Analyze("Jets struck the rebels in Azaz the army said."), "struck");

        Assert.Equal(["SYRMIL"], Codes(e.ClaimedBy));
        Assert.Equal(["SYRREB"], Codes(e.Actor2));
    }

    [Fact]
    public void A_group_and_its_description_speak_as_one_and_are_no_target()
    {
        var after = Single(Analyze("Shells hit Azaz, Amnesty International, a London-based rights monitor, said."), "Shells");
        var before = Single(Analyze("Shells hit Azaz, the rights monitor Amnesty International said."), "Shells");

        Assert.Equal(["NGOAMN"], Codes(after.ClaimedBy));
        Assert.Empty(after.Actor2);
        Assert.Equal(["NGOAMN"], Codes(before.ClaimedBy));
        Assert.Empty(before.Actor2);
    }

    [Fact]
    public void Who_is_told_does_not_speak_and_according_looks_only_ahead()
    {
        var told = Single(Analyze("A source at the police told SANA that shells hit Azaz."), "shells");
        var according = Single(Analyze("A man was hanged for crimes against civilians in Azaz according to a statement."), "hanged");

        Assert.Equal(["SYRCOP"], Codes(told.ClaimedBy));
        Assert.Equal(Modality.Claimed, according.Modality);
        Assert.Null(according.ClaimedBy);
    }

    [Fact]
    public void Witnesses_and_residents_who_speak_are_civilians_and_a_bystander_s_outrage_is_no_accusation()
    {
        var article = Analyze("Witnesses said jets struck Azaz on Monday. \"It is a barbaric crime,\" one resident said.");

        Assert.Equal(["SYRCVL"], Codes(Single(article, "struck").ClaimedBy));
        Assert.DoesNotContain(article.Events, e => e.Plover == "ACCUSE");
    }

    [Fact]
    public void A_passive_report_after_the_act_names_no_speaker()
    {
        var e = Single(Analyze("The capture of Azaz by the rebels was announced on Monday."), "capture");

        Assert.Equal(Modality.Claimed, e.Modality);
        Assert.Null(e.ClaimedBy);
        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }
}
