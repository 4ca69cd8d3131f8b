namespace Seedance.Contracts.Pact.Tests; public class PlaceholderTests { }
