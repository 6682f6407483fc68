namespace Sitrep.Model;

/// <summary>A first-level division (province, governorate) by its GeoNames code ("SY.09") and name ("Aleppo").</summary>
public sealed record Admin1Ref(string Code, string Name);
