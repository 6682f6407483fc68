namespace Sitrep.Pipeline;

/// <summary>
/// Collects stages in order, then <see cref="Build"/> checks that each stage's required layers are
/// assigned by an earlier one and freezes the list into an <see cref="ArticlePipeline"/>.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IArticleStage> _stages = [];

    public PipelineBuilder Add(IArticleStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <exception cref="InvalidOperationException">A stage requires a layer no earlier stage assigns, or two stages assign the same layer.</exception>
    public ArticlePipeline Build()
    {
        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            foreach (string layer in stage.Requires)
            {
                if (!assigned.ContainsKey(layer))
                    throw new InvalidOperationException($"Stage '{stage.Name}' requires layer '{layer}', which no earlier stage assigns.");
            }
            foreach (string layer in stage.Assigns)
            {
                if (!assigned.TryAdd(layer, stage.Name))
                    throw new InvalidOperationException($"Stages '{assigned[layer]}' and '{stage.Name}' both assign layer '{layer}'.");
            }
        }
        return new ArticlePipeline([.. _stages]);
    }
}
