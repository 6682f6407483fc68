using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>CAMEO 042: a state's agent visiting another state, which hosts the visit.</summary>
public sealed class VisitTests
{
    [Fact]
    public void A_visit_abroad_is_042_hosted_by_the_government_of_the_place_visited()
    {
        var e = Single(Analyze("The Syrian foreign minister visited Ankara on Sunday to discuss the border."), "visited");

        Assert.Equal("042", e.Cameo);
        Assert.Equal(["SYRGOV"], Codes(e.Actor1));
        Assert.Equal(["TURGOV"], Codes(e.Actor2));
        Assert.Equal("Ankara", e.Place!.Name);
    }

    [Fact]
    public void A_visit_named_as_a_noun_is_coded_too()
    {
        var e = Single(Analyze("The Turkish foreign minister, on a visit to Washington, spoke of the war in Syria."), "visit to");

        Assert.Equal(["TURGOV"], Codes(e.Actor1));
        Assert.Equal(["USAGOV"], Codes(e.Actor2));
    }

    [Fact]
    public void A_leader_touring_his_own_country_or_a_cancelled_visit_is_no_visit()
    {
        Assert.DoesNotContain(Analyze("President Bashar al-Assad visited a district of Aleppo in Syria.").Events, e => e.Cameo == "042");
        Assert.DoesNotContain(Analyze("The Turkish president cancelled a visit to Washington.").Events, e => e.Cameo == "042");
    }
}
