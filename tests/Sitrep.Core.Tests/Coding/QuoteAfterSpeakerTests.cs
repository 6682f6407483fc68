using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class QuoteAfterSpeakerTests
{
    [Fact]
    public void An_event_quoted_after_its_speaker_is_claimed_by_the_speaker()
    {
        var e = Single(Analyze("Syrian Foreign Minister Walid al-Muallem said: “Rebels shelled Azaz all night.”"), "shelled");

        Assert.Equal(("194", Modality.Claimed), (e.Cameo, e.Modality));
        Assert.Equal(["SYRGOV"], Codes(e.ClaimedBy));
        Assert.Equal(["SYRREB"], Codes(e.Actor1));
    }
}
