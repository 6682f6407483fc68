using Sitrep.Evaluation;

namespace Sitrep.Tests.Recognition.Dates;

public sealed class DatelineEvaluationTests
{
    [Fact]
    public void Fakes_datelines_match_the_labelled_date_for_at_least_75_percent()
    {
        string path = TestPaths.SharedFile("corpora/fa-kes/dev.csv");

        var result = DatelineEvaluation.Run(FakesCorpus.Read(path));

        Assert.Equal(370, result.Total);
        Assert.True(result.Accuracy >= 0.75, $"accuracy {result.Accuracy:P1} ({result.Hits}/{result.Total})");
    }
}
