using Sitrep.Model;
using static Sitrep.Tests.Coding.EventTestKit;

namespace Sitrep.Tests.Coding;

public sealed class CeasefireTests
{
    [Fact]
    public void A_ceasefire_is_coded_only_when_agreed()
    {
        var article = Analyze("Damascus and Ankara agreed a ceasefire in Azaz. The ceasefire atmosphere was tense.");

        Assert.Equal("0871", Single(article, "agreed").Cameo);
        Assert.Single(article.Events);
    }
}
