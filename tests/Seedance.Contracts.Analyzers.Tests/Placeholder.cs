namespace Seedance.Contracts.Analyzers.Tests; public class PlaceholderTests { }
