using Sitrep.Model;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed class FakeStage(string name, string[] requires, string[] assigns) : IArticleStage
    {
        public string Name => name;
        public IReadOnlyList<string> Requires => requires;
        public IReadOnlyList<string> Assigns => assigns;
        public void Process(Article article, AnalysisOptions options) { }
    }

    [Fact]
    public void A_stage_whose_required_layer_comes_later_is_rejected()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("b", ["x"], ["y"]))
            .Add(new FakeStage("a", [], ["x"]));

        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("'b' requires layer 'x'", ex.Message);
    }

    [Fact]
    public void Two_stages_assigning_one_layer_are_rejected()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("a", [], ["x"])).Add(new FakeStage("b", [], ["x"]));

        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void The_default_pipeline_builds()
    {
        Assert.NotEmpty(SitrepPipeline.WithoutGazetteer.Stages);
    }
}
