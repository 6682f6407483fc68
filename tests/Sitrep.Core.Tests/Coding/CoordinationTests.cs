using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class CoordinationTests
{
    [Fact]
    public void Coordinated_actors_are_all_sources()
    {
        var e = Single(Analyze("Syrian and Turkish warplanes struck Azaz. The Syrian army alongside Hezbollah fighters regained Azaz in December."), "regained");

        Assert.Equal(["LBNMIL", "SYRMIL"], Codes(e.Actor1));
        Assert.Equal(("192", "2015-12", DatePrecision.Month), (e.Cameo, e.Date.ToString(), e.Date!.Value.Precision));
    }

    [Fact]
    public void A_list_closed_by_and_ends_at_the_next_comma()
    {
        var deal = Single(Analyze("Under the deal signed by Turkey and Iraq, rebels will leave Azaz."), "deal signed");

        Assert.Equal(["IRQGOV", "TURGOV"], Codes(deal.Actor1));
        // A list whose "and" comes last keeps all its members.
        Assert.Equal(["IRQGOV", "SYRGOV", "TURGOV"], Codes(Single(Analyze("Under the deal signed by Turkey, Syria and Iraq, rebels will leave Azaz."), "deal signed").Actor1));
    }

    [Fact]
    public void Of_alternatives_the_first_named_is_coded()
    {
        var e = Single(Analyze("The strikes on Azaz were carried out by either Turkish or Syrian warplanes."), "strikes");

        Assert.Equal(["TURMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void Of_alternative_actors_named_in_full_the_first_is_coded()
    {
        var before = Single(Analyze("Azaz was quiet until noon. Nobody knew whether Turkish troops or Syrian government warplanes shelled the market."), "shelled");
        var after = Single(Analyze("Azaz was quiet until noon. The market was shelled by Turkish troops or by the Syrian army."), "shelled");

        Assert.Equal(["TURMIL"], Codes(before.Actor1));
        Assert.Equal(["TURMIL"], Codes(after.Actor1));
    }

    [Fact]
    public void A_leader_and_his_counterpart_act_together()
    {
        var e = Single(Analyze("President Assad and his Turkish counterpart Erdogan agreed to widen their work in Azaz."), "agreed");

        Assert.Equal("030", e.Cameo);
        Assert.Equal(["SYRGOV", "TURGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void A_backer_named_as_an_ally_is_not_an_agent()
    {
        var e = Single(Analyze("The Syrian army backed by its Turkish ally shelled Azaz."), "shelled");

        Assert.Equal(["SYRMIL"], Codes(e.Actor1));
    }

    [Fact]
    public void Two_actors_side_by_side_are_a_list_whose_commas_were_lost()
    {
        var article = Analyze("Hezbollah Syrian Army kill two commanders near Azaz.");

        Assert.Contains(article.Events, e => Codes(e.Actor1).SequenceEqual(["LBNMIL", "SYRMIL"]));
    }

    [Fact]
    public void A_list_of_countries_without_commas_names_every_government()
    {
        var e = Single(Analyze("On Monday Syria Turkey have urged the rebels to leave Azaz."), "urged");

        Assert.Equal(["SYRGOV", "TURGOV"], Codes(e.Actor1));
        Assert.Equal("020", e.Cameo);
    }

    [Fact]
    public void A_foreign_partner_and_the_ruler_s_regime_are_both_coded()
    {
        var e = Single(Analyze("Fighting went on in Aleppo in Syria. Dozens of civilians died in Turkish and Assad regime airstrikes on Azaz on Friday."), "airstrikes");

        Assert.Equal(["SYR", "TUR"], e.Actor1.Select(a => a.Country).Order().ToArray());
    }

    [Fact]
    public void Objections_from_two_governments_are_a_rejection_by_both()
    {
        var e = Single(Analyze("Ankara floated a safe zone near Azaz, drawing objections from Iraq and the United States."), "objections");

        Assert.Equal(("120", "REJECT"), (e.Cameo, e.Plover));
        Assert.Equal(["IRQGOV", "USAGOV"], Codes(e.Actor1));
    }

    [Fact]
    public void A_group_and_other_groups_act_together()
    {
        var e = Single(Analyze("The Nusra Front and other armed groups shelled Azaz."), "shelled");

        Assert.Equal(["SYRINS", "SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void An_actor_in_an_aside_in_brackets_is_not_an_agent()
    {
        var e = Single(Analyze("The Nusra Front (an offshoot of al-Qaeda) and other armed groups shelled Azaz."), "shelled");

        Assert.Equal(["SYRINS", "SYRREB"], Codes(e.Actor1));
    }

    [Fact]
    public void The_side_an_actor_is_affiliated_to_is_not_an_agent()
    {
        var e = Single(Analyze("Armed groups affiliated to the Nusra Front shelled Azaz."), "shelled");

        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }

    [Theory]
    [InlineData("The foreign ministers of Turkey and Iraq met in Ankara on Monday.", new[] { "IRQGOV", "TURGOV" })]
    [InlineData("The presidents of Turkey, Iraq and the United States met in Ankara on Monday.", new[] { "IRQGOV", "TURGOV", "USAGOV" })]
    public void A_plural_office_of_several_states_is_each_government(string sentence, string[] governments)
    {
        var e = Single(Analyze(sentence), "met");

        Assert.Equal(governments, Codes(e.Actor1));
    }

    [Theory]
    [InlineData("Government forces and rebels accused each other of shelling Azaz on Monday.", "shelling")]
    [InlineData("The army and the rebels accused each other of violating the truce in Azaz.", "violating")]
    public void What_parties_accuse_each_other_of_is_each_one_s_claim_against_the_other(string sentence, string act)
    {
        var article = Analyze(sentence);

        var claims = article.Events.Where(e => e.Trigger == act)
            .Select(e => (Agent: Codes(e.Actor1).Single(), Claimant: Codes(e.ClaimedBy).Single(), e.Modality)).Order().ToArray();
        Assert.Equal([("SYRMIL", "SYRREB", Modality.Claimed), ("SYRREB", "SYRMIL", Modality.Claimed)], claims);
    }

    [Fact]
    public void Parties_that_blame_each_other_each_accuse_the_other()
    {
        var article = Analyze("Government forces and rebels blamed each other for the collapse of the truce in Azaz.");

        var accusations = article.Events.Where(e => e.Cameo == "112").Select(e => (Codes(e.Actor1).Single(), Codes(e.Actor2).Single())).Order().ToArray();
        Assert.Equal([("SYRMIL", "SYRREB"), ("SYRREB", "SYRMIL")], accusations);
    }

    [Fact]
    public void Both_sides_are_the_two_parties_last_named()
    {
        var article = Analyze("Clashes between the Turkish army and the rebels went on near Azaz. Both sides blamed each other for the deaths.");

        var accusations = article.Events.Where(e => e.Cameo == "112").Select(e => (Codes(e.Actor1).Single(), Codes(e.Actor2).Single())).Order().ToArray();
        Assert.Equal([("SYRREB", "TURMIL"), ("TURMIL", "SYRREB")], accusations);
    }
    [Fact]
    public void The_body_an_envoy_is_posted_to_is_no_party_to_what_the_envoy_does()
    {
        var e = Single(Analyze("Syria's ambassador to the UN, Bashar al-Jaafari, accused Turkey of arming the rebels in Azaz."), "accused");

        Assert.Equal(["SYRGOV"], Codes(e.Actor1).Distinct());
        Assert.Equal(["TURGOV"], Codes(e.Actor2));
    }

    [Fact]
    public void Hezbollah_s_leader_is_coded_as_Hezbollah_is()
    {
        var article = Analyze("Hezbollah leader Hassan Nasrallah vowed to keep fighting near Azaz.");

        Assert.Equal(["LBNMIL"], article.Actors.Select(a => a.Code).Distinct());
    }
}
