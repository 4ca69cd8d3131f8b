namespace Seedance.Contracts.Generators.Tests; public class PlaceholderTests { }
