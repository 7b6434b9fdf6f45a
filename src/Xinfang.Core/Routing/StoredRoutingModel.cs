namespace Xinfang.Core.Routing;

/// <summary>A category model trained on the district's own closed cases, kept in the database so that every instance
/// suggests with the same one; the newest is in use. Labels are category ids; <see cref="UnitsJson"/> maps each category
/// to the lead units that handled its closed cases, most frequent first.</summary>
public sealed class StoredRoutingModel
{
    private StoredRoutingModel()
    {
    }

    public StoredRoutingModel(DateTimeOffset trainedAt, string trainedBy, int examples, int categories, double? heldOutMacroF1, double? heldOutTop3,
        byte[] model, string unitsJson)
    {
        TrainedAt = trainedAt;
        TrainedBy = trainedBy;
        Examples = examples;
        Categories = categories;
        HeldOutMacroF1 = heldOutMacroF1;
        HeldOutTop3 = heldOutTop3;
        Model = model;
        UnitsJson = unitsJson;
    }

    public int Id { get; private set; }

    public DateTimeOffset TrainedAt { get; private set; }

    public string TrainedBy { get; private set; } = "";

    public int Examples { get; private set; }

    public int Categories { get; private set; }

    /// <summary>Measured on a tenth of the cases held out of training; null when there were too few.</summary>
    public double? HeldOutMacroF1 { get; private set; }

    public double? HeldOutTop3 { get; private set; }

    public byte[] Model { get; private set; } = [];

    public string UnitsJson { get; private set; } = "{}";
}

/// <summary>What the model proposed for a registered case (its three best categories), kept so that the registrar's final
/// choice — the case's category, whenever it is set — measures the model's accuracy live.</summary>
public sealed class CategorySuggestionRecord
{
    private CategorySuggestionRecord()
    {
    }

    public CategorySuggestionRecord(Guid caseId, int modelId, DateTimeOffset suggestedAt, IReadOnlyList<(int CategoryId, double Confidence)> top)
    {
        CaseId = caseId;
        ModelId = modelId;
        SuggestedAt = suggestedAt;
        First = top[0].CategoryId;
        FirstConfidence = top[0].Confidence;
        Second = top.Count > 1 ? top[1].CategoryId : null;
        Third = top.Count > 2 ? top[2].CategoryId : null;
    }

    public Guid CaseId { get; private set; }

    public int ModelId { get; private set; }

    public DateTimeOffset SuggestedAt { get; private set; }

    public int First { get; private set; }

    public double FirstConfidence { get; private set; }

    public int? Second { get; private set; }

    public int? Third { get; private set; }
}
