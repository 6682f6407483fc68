using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class EmbeddedEventTests
{
    [Fact]
    public void A_condemnation_of_a_move_to_occupy_gives_both_events()
    {
        var article = Analyze("Damascus condemned the Takfiri terrorists' move to occupy Azaz.");

        var condemnation = Single(article, "condemned");
        Assert.Equal(("111", "ACCUSE"), (condemnation.Cameo, condemnation.Plover));
        Assert.Equal(["SYRGOV"], Codes(condemnation.Actor1));
        var occupation = Single(article, "occupy");
        Assert.Equal(("192", Modality.Asserted), (occupation.Cameo, occupation.Modality));
        Assert.Equal(["SYRREB"], Codes(occupation.Actor1));
    }
}
