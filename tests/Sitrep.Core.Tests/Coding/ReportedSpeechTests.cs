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
}
