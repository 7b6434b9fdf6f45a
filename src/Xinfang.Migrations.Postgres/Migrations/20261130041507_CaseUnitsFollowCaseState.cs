using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseUnitsFollowCaseState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseUnits_RegionId_IsCurrent_CaseId",
                table: "CaseUnits");

            migrationBuilder.DropIndex(
                name: "IX_CaseUnits_UnitId_IsCurrent_CaseId",
                table: "CaseUnits");

            migrationBuilder.AddColumn<string>(
                name: "CaseStatus",
                table: "CaseUnits",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueDate",
                table: "CaseUnits",
                type: "date",
                nullable: true);

            // Existing rows take the status and deadline of their case.
            migrationBuilder.Sql(@"UPDATE ""CaseUnits"" SET ""CaseStatus"" = (SELECT c.""Status"" FROM ""Cases"" c WHERE c.""Id"" = ""CaseUnits"".""CaseId""),
                ""DueDate"" = (SELECT c.""DueDate"" FROM ""Cases"" c WHERE c.""Id"" = ""CaseUnits"".""CaseId"");");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnits_RegionId_IsCurrent_CaseStatus_DueDate",
                table: "CaseUnits",
                columns: new[] { "RegionId", "IsCurrent", "CaseStatus", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnits_UnitId_IsCurrent_CaseStatus_DueDate",
                table: "CaseUnits",
                columns: new[] { "UnitId", "IsCurrent", "CaseStatus", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseUnits_RegionId_IsCurrent_CaseStatus_DueDate",
                table: "CaseUnits");

            migrationBuilder.DropIndex(
                name: "IX_CaseUnits_UnitId_IsCurrent_CaseStatus_DueDate",
                table: "CaseUnits");

            migrationBuilder.DropColumn(
                name: "CaseStatus",
                table: "CaseUnits");

            migrationBuilder.DropColumn(
                name: "DueDate",
                table: "CaseUnits");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnits_RegionId_IsCurrent_CaseId",
                table: "CaseUnits",
                columns: new[] { "RegionId", "IsCurrent", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnits_UnitId_IsCurrent_CaseId",
                table: "CaseUnits",
                columns: new[] { "UnitId", "IsCurrent", "CaseId" });
        }
    }
}
