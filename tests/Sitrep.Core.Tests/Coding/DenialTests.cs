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
}
