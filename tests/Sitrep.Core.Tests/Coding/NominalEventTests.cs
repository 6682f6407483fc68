using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class NominalEventTests
{
    [Fact]
    public void The_bombing_of_a_place_by_an_actor_names_the_agent()
    {
        var e = Single(Analyze("The bombing of Azaz by Turkish warplanes angered Damascus."), "bombing");

        Assert.Equal("195", e.Cameo);
        Assert.Equal(["TURMIL"], Codes(e.Actor1));
        Assert.Equal("Azaz", e.Place!.Name);
    }
}
