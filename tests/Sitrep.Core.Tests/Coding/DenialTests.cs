using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class DenialTests
{
    [Fact]
    public void A_denied_attack_is_denied_by_who_denies_it()
    {
        var e = Single(Analyze("The Syrian government denied carrying out the chemical attack in Azaz."), "chemical attack");

        Assert.Equal(("2041", Modality.Denied), (e.Cameo, e.Modality));
        Assert.Equal(["SYRGOV"], Codes(e.ClaimedBy));
    }

    [Fact]
    public void Who_denies_that_an_act_happened_is_the_subject_of_the_denial_not_the_act_s_agent()
    {
        var article = Analyze("Turkish troops pushed toward Azaz on Monday. The rebels denied that the town had fallen.");

        var fallen = Single(article, "fallen");
        Assert.Equal(Modality.Denied, fallen.Modality);
        Assert.Equal(["SYRREB"], Codes(fallen.ClaimedBy!));
    }

    [Fact]
    public void A_denial_withheld_negates_nothing_and_a_failure_to_act_over_an_attack_does_not_undo_it()
    {
        var undenied = Single(Analyze("An official from the coalition did not deny that airstrikes hit Azaz on Monday."), "airstrikes");
        var topic = Single(Analyze("The charity condemned the council for its failure to act against the shelling of Azaz."), "shelling");
        var failed = Single(Analyze("Rebels and the army failed to reach a deal in Azaz."), "deal");

        Assert.NotEqual(Modality.Negated, undenied.Modality);
        Assert.NotEqual(Modality.Denied, undenied.Modality);
        Assert.NotEqual(Modality.Negated, topic.Modality);
        Assert.Equal(Modality.Negated, failed.Modality);
    }

    [Fact]
    public void Who_is_said_not_to_be_responsible_for_an_act_is_its_denied_agent()
    {
        var e = Single(Analyze("The spokesman said Turkish jets had not been responsible for the raid on a clinic near Azaz."), "raid");

        Assert.Equal(Modality.Denied, e.Modality);
        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void An_act_in_claims_someone_rejects_is_denied_by_them_and_the_claim_is_what_they_reject()
    {
        var article = Analyze("Turkey rejected claims that its troops had shelled Azaz on Monday.");
        var shelling = Single(article, "shelled");
        var rejection = Single(article, "rejected");

        Assert.Equal(Modality.Denied, shelling.Modality);
        Assert.Equal(["TURMIL"], Codes(shelling.Actor1));
        Assert.Equal(["TURGOV"], Codes(shelling.ClaimedBy));
        Assert.Empty(rejection.Actor2);
    }

    [Fact]
    public void Claiming_or_denying_responsibility_is_a_statement_and_the_act_is_the_claimant_s_claim_or_denial()
    {
        var claim = Analyze("The Islamic State claimed responsibility for the bombing in Azaz on Monday.");
        var denial = Analyze("The Nusra Front denied any responsibility for the bombing in Azaz on Monday.");

        Assert.Equal(("015", ""), (Single(claim, "claimed responsibility").Cameo, Single(claim, "claimed responsibility").Plover));
        var claimed = Single(claim, "bombing");
        Assert.Equal((Modality.Claimed, "INS"), (claimed.Modality, Codes(claimed.Actor1).Single()));
        Assert.Equal("016", Single(denial, "denied any responsibility").Cameo);
        var denied = Single(denial, "bombing");
        Assert.Equal((Modality.Denied, "SYRINS"), (denied.Modality, Codes(denied.Actor1).Single()));
    }
    [Theory]
    [InlineData("Rebels shelled Azaz, the army said. The rebels denied the claim.", "denied the claim")]
    [InlineData("The army said rebels had shelled Azaz, but the rebels rejected these reports.", "rejected these reports")]
    public void A_claim_denied_later_is_kept_beside_the_claim_as_the_denier_s_denial(string body, string denial)
    {
        var article = Analyze(body);

        var claimed = Assert.Single(article.Events, e => e.Cameo == "194" && e.Modality == Modality.Claimed);
        var denied = Single(article, denial);
        Assert.Equal(["SYRMIL"], Codes(claimed.ClaimedBy));
        Assert.Equal(("194", Modality.Denied, "Azaz"), (denied.Cameo, denied.Modality, denied.Place?.Name));
        Assert.Equal(["SYRREB"], Codes(denied.Actor1));
        Assert.Equal(["SYRREB"], Codes(denied.ClaimedBy));
    }

    [Fact]
    public void A_denial_that_tells_its_claim_itself_adds_no_copy_and_is_the_subject_s()
    {
        var told = Analyze("Jets hit Azaz on Monday. Turkey denied reports that its jets hit a hospital there.");
        var of = Analyze("Rebels shelled Azaz, the army said. Turkey dismissed reports of a massacre.");

        var hospital = Assert.Single(told.Events, e => e.Cameo == "195");
        Assert.Equal(Modality.Denied, hospital.Modality);
        Assert.Equal(["TURGOV"], Codes(hospital.ClaimedBy));
        Assert.DoesNotContain(of.Events, e => e.Cameo == "194" && e.Modality == Modality.Denied);
        Assert.Equal(Modality.Denied, Single(of, "massacre").Modality);
    }

    [Fact]
    public void Rejecting_accusations_is_denying_responsibility_not_rejecting_a_proposal()
    {
        var accusations = Single(Analyze("Rebels shelled Azaz. Turkey rejected the accusations on Monday."), "rejected");
        var proposal = Single(Analyze("Turkey rejected the proposal for a truce in Azaz."), "rejected");

        Assert.Equal("016", accusations.Cameo);
        Assert.Equal(["TURGOV"], Codes(accusations.Actor1));
        Assert.Equal(("120", "REJECT"), (proposal.Cameo, proposal.Plover));
    }

    [Theory]
    [InlineData("The Kurdish militia denied Turkish claims that it had shelled Azaz on Monday.", "SYRREB", "SYRREB")]
    [InlineData("The rebels denied government claims that they had shelled Azaz.", "SYRREB", "SYRREB")]
    [InlineData("Damascus dismissed Turkish accusations that its forces had shelled Azaz.", "SYRMIL", "SYRGOV")]
    public void A_claim_told_inside_its_denial_is_kept_beside_it_and_the_pronoun_is_the_denier(string sentence, string agent, string denier)
    {
        var article = Analyze(sentence);

        var shelling = article.Events.Where(e => e.Cameo == "194").ToList();
        Assert.Equal(2, shelling.Count);
        Assert.All(shelling, e => Assert.Equal([agent], Codes(e.Actor1)));
        var denied = Assert.Single(shelling, e => e.Modality == Modality.Denied);
        var claimed = Assert.Single(shelling, e => e.Modality == Modality.Claimed);
        Assert.Equal([denier], Codes(denied.ClaimedBy));
        Assert.Equal([sentence.Contains("government") ? "SYRGOV" : "TURGOV"], Codes(claimed.ClaimedBy));
    }

    [Fact]
    public void Rejecting_a_named_side_s_accusations_is_denying_responsibility()
    {
        var e = Single(Analyze("Shelling hit Azaz. Damascus rejected Turkey's accusations that its troops fired the shells."), "rejected");

        Assert.Equal("016", e.Cameo);
        Assert.Equal(["SYRGOV"], Codes(e.Actor1));
    }
}
