using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CategorySuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RoutingModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrainedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TrainedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Examples = table.Column<int>(type: "INTEGER", nullable: false),
                    Categories = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOutMacroF1 = table.Column<double>(type: "REAL", nullable: true),
                    HeldOutTop3 = table.Column<double>(type: "REAL", nullable: true),
                    Model = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UnitsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CategorySuggestions",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuggestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    First = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstConfidence = table.Column<double>(type: "REAL", nullable: false),
                    Second = table.Column<int>(type: "INTEGER", nullable: true),
                    Third = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategorySuggestions", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CategorySuggestions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CategorySuggestions_RoutingModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "RoutingModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CategorySuggestions_ModelId",
                table: "CategorySuggestions",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_CategorySuggestions_SuggestedAt",
                table: "CategorySuggestions",
                column: "SuggestedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CategorySuggestions");

            migrationBuilder.DropTable(
                name: "RoutingModels");
        }
    }
}
