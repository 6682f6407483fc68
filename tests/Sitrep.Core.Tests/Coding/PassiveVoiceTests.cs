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
}
