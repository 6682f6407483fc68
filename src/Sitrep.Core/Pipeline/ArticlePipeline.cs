using Sitrep.Model;

namespace Sitrep.Pipeline;

/// <summary>A frozen, ordered list of stages. Immutable and safe to share across threads.</summary>
public sealed class ArticlePipeline
{
    private readonly IArticleStage[] _stages;

    internal ArticlePipeline(IArticleStage[] stages) => _stages = stages;

    public IReadOnlyList<IArticleStage> Stages => _stages;

    public Article Process(Article article, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        if (options.SourceOverride is { } source)
            article.Source = source;
        foreach (var stage in _stages)
            stage.Process(article, options);
        return article;
    }
}
