using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Xinfang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StoreRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "PerformanceYears",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // a row stored before revisions were kept counts as saved once

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "FinalAccounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // a row stored before revisions were kept counts as saved once
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "PerformanceYears");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "FinalAccounts");
        }
    }
}
